package com.messageguard.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
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
@Tag(name = "Catalog", description = "What is checked and why")
public class RulesController {

    private final CatalogResponse catalog;

    public RulesController(RuleRegistry registry) {
        this.catalog = CatalogResponse.of(registry);
    }

    @Operation(summary = "The active rule catalog",
            description = "Every rule id with severity, description, policy and status; the contact reasons with their "
                    + "flags; the languages with a language pack; the rules version.")
    @ApiResponse(responseCode = "200", description = "The catalog")
    @GetMapping(path = "/rules", produces = MediaType.APPLICATION_JSON_VALUE)
    public CatalogResponse rules() {
        return catalog;
    }

    /**
     * The catalog as served; built once, since the rules do not change while the service runs.
     * {@code languages}: the codes of the language packs loaded ({@code settings.yaml}), the values
     * a request's {@code language} selects a pack with.
     */
    @Schema(description = "The active catalog.")
    public record CatalogResponse(
            @Schema(description = "Version of the rule data.", example = "2026.11.0") String rulesVersion,
            @Schema(description = "Every rule of the catalog.") List<RuleEntry> rules,
            @Schema(description = "The contact reasons a request may name, with their flags.") List<ContactReason> contactReasons,
            @Schema(description = "The codes of the language packs loaded; a request's `language` picks one.",
                    example = "[\"en\", \"de\", \"fr\", \"es\", \"it\"]") List<String> languages) {

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
    @Schema(description = "One rule of the catalog.")
    public record RuleEntry(
            @Schema(description = "The rule id violations name.", example = "email-address") String id,
            @Schema(description = "The rule's default severity; some findings have a variant of their own.") Severity severity,
            @Schema(description = "`active` (runs on every check), `disabled` (turned off in the catalog) or `planned` "
                    + "(listed, not built yet).", allowableValues = {"active", "disabled", "planned"}) String status,
            @Schema(description = "What the rule catches.") String description,
            @Schema(description = "The policy it enforces.") String policy) {

        static RuleEntry of(RuleDefinition d, boolean implemented) {
            String status = !implemented ? "planned" : d.isEnabled() ? "active" : "disabled";
            return new RuleEntry(d.id(), d.severity(), status, d.description(), d.policy());
        }
    }
}
