package io.pagewright.decision.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pagewright.decision.DefaultStrategy;
import io.pagewright.decision.RulesStrategy;
import io.pagewright.learning.BanditSettings;
import io.pagewright.learning.BanditStrategy;
import io.pagewright.learning.Setting;
import io.pagewright.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The strategies a slot may name, each describing its settings (name, label, help, type, default,
 * bounds), so a form for a slot's {@code strategySettings} can be rendered without special code.
 */
@Path("/v1/strategies")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STRATEGY_OWNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN, Roles.VIEWER})
public class StrategyResource {

    /** A strategy and its settings. */
    public record StrategyView(
            String id, String name, String description, List<SettingView> settings) {}

    /** One setting as a form renders it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SettingView(
            String name,
            String label,
            String help,
            String type,
            Object defaultValue,
            Double minimum,
            Double maximum) {

        static SettingView of(Setting setting) {
            return new SettingView(
                    setting.name(),
                    setting.label(),
                    setting.help(),
                    setting.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    setting.defaultValue(),
                    setting.bounds().map(Setting.Bounds::minimum).orElse(null),
                    setting.bounds().map(Setting.Bounds::maximum).orElse(null));
        }
    }

    /** A list answer. */
    public record Items(List<StrategyView> items) {}

    @GET
    public Items strategies() {
        return new Items(
                List.of(
                        new StrategyView(
                                RulesStrategy.ID,
                                "Rules",
                                "Tag and intent matching: 2 points for the visitor's intent, 1 for"
                                        + " their lifecycle stage; the highest score wins, the"
                                        + " default without a match.",
                                List.of()),
                        new StrategyView(
                                DefaultStrategy.ID,
                                "Default",
                                "Always the slot's default variant: the control experience.",
                                List.of()),
                        new StrategyView(
                                BanditStrategy.ID,
                                "Learning (contextual bandit)",
                                "Learns from clicks, conversions and revenue which variant suits"
                                        + " which visitors, exploring within the policies.",
                                BanditSettings.describe().stream().map(SettingView::of).toList())));
    }
}
