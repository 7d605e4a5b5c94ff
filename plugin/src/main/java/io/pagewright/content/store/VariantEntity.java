package io.pagewright.content.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity
@Table(name = "variant")
class VariantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "slot_id", nullable = false)
    SlotEntity slot;

    @Column(name = "variant_key", nullable = false, length = 64)
    String key;

    @Column(nullable = false, length = 200)
    String name;

    @Column(name = "component_type", nullable = false, length = 64)
    String componentType;

    @Column(name = "content_json", nullable = false, length = 200_000)
    String contentJson;

    @Column(name = "offer_type", length = 64)
    String offerType;

    @Column(name = "discount_percent", precision = 5, scale = 2)
    BigDecimal discountPercent;

    @Column(name = "margin_class", length = 64)
    String marginClass;

    @Column(nullable = false)
    int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "variant_tag", joinColumns = @JoinColumn(name = "variant_id"))
    Set<VariantTag> tags = new LinkedHashSet<>();
}
