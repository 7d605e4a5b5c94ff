package io.pagewright.content.store;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "slot")
class SlotEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "surface_id", nullable = false)
    SurfaceEntity surface;

    @Column(name = "slot_key", nullable = false, length = 64)
    String key;

    @Column(nullable = false, length = 200)
    String name;

    @Column(nullable = false)
    int position;

    @Column(name = "default_variant", nullable = false, length = 64)
    String defaultVariant;

    @OneToMany(mappedBy = "slot", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<VariantEntity> variants = new ArrayList<>();
}
