package com.messageguard.web;

import com.messageguard.engine.RuleRegistry;
import com.messageguard.engine.Severity;
import com.messageguard.ruledata.ContactReason;
import com.messageguard.ruledata.RuleDefinition;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /rules}: the active catalog, so seller tools can show what is checked and why. */
@RestController
public class RulesController {

    private final CatalogResponse catalog;

    public RulesController(RuleRegistry registry) {
        this.catalog = CatalogResponse.of(registry);
    }

    @GetMapping(path = "/rules", produces = MediaType.APPLICATION_JSON_VALUE)
    public CatalogResponse rules() {
        return catalog;
    }

    /**
     * The catalog as served; built once, since the rules do not change while the service runs.
     * {@code languages}: the codes of the language packs loaded ({@code settings.yaml}), the values
     * a request's {@code language} selects a pack with.
     */
    public record CatalogResponse(String rulesVersion, List<RuleEntry> rules, List<ContactReason> contactReasons,
                                  List<String> languages) {

        static CatalogResponse of(RuleRegistry registry) {
            List<RuleEntry> rules = registry.ruleSet().rules().stream()
                    .map(d -> RuleEntry.of(d, registry.isImplemented(d.id())))
                    .toList();
            return new CatalogResponse(registry.ruleSet().version(), rules, List.copyOf(registry.ruleSet().reasons()),
                    List.copyOf(registry.ruleSet().settings().languages()));
        }
    }

    /**
     * One rule. {@code status}: {@code active} (runs on every check), {@code disabled} (turned off in
     * the catalog) or {@code planned} (listed in the catalog, not built yet).
     */
    public record RuleEntry(String id, Severity severity, String status, String description, String policy) {

        static RuleEntry of(RuleDefinition d, boolean implemented) {
            String status = !implemented ? "planned" : d.isEnabled() ? "active" : "disabled";
            return new RuleEntry(d.id(), d.severity(), status, d.description(), d.policy());
        }
    }
}
