package com.messageguard.web;

import com.messageguard.account.SellerAccount;
import org.springdoc.core.utils.SpringDocUtils;
import com.messageguard.ruledata.RuleSet;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI 3 document at {@code /v3/api-docs} (and Swagger UI at {@code /swagger-ui.html}).
 * springdoc derives the paths and schemas from the controllers and records, with the field
 * descriptions of API.md in their {@code @Schema} annotations; this adds what it cannot see: the
 * problem+json answers every operation may give, the optional API key, the contact reasons of
 * the loaded catalog, the ops endpoints, and the examples in {@code api-examples/}, which are real
 * answers of the service ({@code ApiDocsTest} posts each example request and compares).
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocsConfiguration {

    static {
        // The caller's seller account comes from the API key, not from a parameter of the request.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(SellerAccount.class);
    }

    static final String API_KEY = "apiKey";
    static final String EXAMPLES = "api-examples/";
    private static final String JSON_TYPE = "application/json";
    private static final String PROBLEM_TYPE = "application/problem+json";

    /** Problem statuses of every POST endpoint and every GET one; 404 and 405 belong to paths, see the description. */
    private static final Map<String, String> POST_PROBLEMS = statuses(
            "400", "Malformed JSON, a wrong JSON type, a missing or invalid field; `errors` names each.",
            "401", "API keys are configured and `X-API-Key` is missing or wrong.",
            "413", "The request body is over the size limit.",
            "415", "A content type other than JSON.",
            "500", "An error of the service; it is logged, and nothing of the request is echoed.");
    private static final Map<String, String> GET_PROBLEMS = statuses(
            "401", "API keys are configured and `X-API-Key` is missing or wrong.",
            "500", "An error of the service.");

    private static final String DESCRIPTION = """
            Checks a message an Amazon seller is about to send a buyer through Buyer-Seller Messaging, \
            before it is sent: links, contact details, review incentives, promotion, emoji, the contact \
            window, attachments and more, each with the exact characters at fault and, where a safe edit \
            exists, the fix.

            Every error is `application/problem+json` (RFC 9457). Besides the answers listed per \
            operation: a wrong method on a known path is 405, any other path 404.

            When the service runs with `messageguard.api-keys`, `/check`, `/check/batch` and `/rules` \
            need one of the keys in the `X-API-Key` header (Authorize, above). `/health`, `/metrics` and \
            these docs stay open unless `messageguard.api-keys-for-ops` is set.""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    OpenAPI messageGuardApi(@Value("${spring.application.version:development}") String version) {
        return new OpenAPI()
                .info(new Info().title("Message Guard").version(version).description(DESCRIPTION))
                // Relative: right behind a proxy too, where the URL the request came in on is not the public one.
                .servers(List.of(new Server().url("/").description("This service")))
                .components(new Components().addSecuritySchemes(API_KEY, new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(ApiKeyFilter.HEADER)
                        .description("Needed only when the service runs with `messageguard.api-keys`.")));
    }

    @Bean
    OpenApiCustomizer messageGuardApiDetails(RuleSet rules) {
        // Read at start-up, so a missing or broken example stops the service instead of the docs.
        Map<String, Example> checkRequests = examples("draft", "check-request", "suggestFix", "check-suggest-fix-request");
        Map<String, Example> checkAnswers = examples("draft", "check-response", "suggestFix", "check-suggest-fix-response");
        Map<String, Example> checkProblems = examples("invalid field", "problem-400");
        Map<String, Example> batchRequests = examples("batch", "batch-request");
        Map<String, Example> batchAnswers = examples("batch", "batch-response");
        Map<String, Example> batchProblems = examples("invalid item", "problem-400-batch");
        return openApi -> {
            addProblemSchema(openApi);
            contactReasons(openApi, rules.reasonIds());
            openApi.getPaths().forEach((path, item) -> {
                if (item.getPost() != null) {
                    secure(item.getPost(), POST_PROBLEMS);
                }
                if (item.getGet() != null) {
                    secure(item.getGet(), GET_PROBLEMS);
                }
            });
            Operation check = openApi.getPaths().get("/check").getPost();
            check.getRequestBody().getContent().get(JSON_TYPE).setExamples(checkRequests);
            check.getResponses().get("200").getContent().get(JSON_TYPE).setExamples(checkAnswers);
            check.getResponses().get("400").getContent().get(PROBLEM_TYPE).setExamples(checkProblems);
            Operation batch = openApi.getPaths().get("/check/batch").getPost();
            batch.getRequestBody().getContent().get(JSON_TYPE).setExamples(batchRequests);
            batch.getResponses().get("200").getContent().get(JSON_TYPE).setExamples(batchAnswers);
            batch.getResponses().get("400").getContent().get(PROBLEM_TYPE).setExamples(batchProblems);
            addOpsEndpoints(openApi);
        };
    }

    private static void addProblemSchema(OpenAPI openApi) {
        ResolvedSchema problem = ModelConverters.getInstance().resolveAsResolvedSchema(new AnnotatedType(ApiProblem.class));
        openApi.getComponents().addSchemas("Problem", problem.schema);
        problem.referencedSchemas.forEach(openApi.getComponents()::addSchemas);
    }

    private static void secure(Operation operation, Map<String, String> problems) {
        operation.addSecurityItem(new SecurityRequirement().addList(API_KEY));
        ApiResponses responses = operation.getResponses();
        problems.forEach((status, description) -> responses.addApiResponse(status, new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(PROBLEM_TYPE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))))));
    }

    /** Examples by name, from {@code api-examples/<file>.json}: name, file, name, file, ... */
    private static Map<String, Example> examples(String... namesAndFiles) {
        Map<String, Example> examples = new LinkedHashMap<>();
        for (int i = 0; i < namesAndFiles.length; i += 2) {
            examples.put(namesAndFiles[i], example(namesAndFiles[i + 1]));
        }
        return examples;
    }

    /** An example from {@code api-examples/<name>.json}, as a map so swagger's own Jackson writes it as JSON. */
    static Example example(String name) {
        try (InputStream in = ApiDocsConfiguration.class.getClassLoader().getResourceAsStream(EXAMPLES + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("missing example " + EXAMPLES + name + ".json");
            }
            return new Example().value(JSON.readValue(in, LinkedHashMap.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code /health} and {@code /metrics} are Actuator endpoints, which springdoc leaves out. */
    private static void addOpsEndpoints(OpenAPI openApi) {
        Operation health = new Operation().addTagsItem("Operations").summary("Whether the service can check")
                .description("`{\"status\":\"UP\"}` when the rules are loaded and a canary draft goes through the engine, "
                        + "else 503 with `DOWN`.")
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("Up").content(new Content()
                                .addMediaType("application/json", new MediaType()
                                        .schema(new ObjectSchema().addProperty("status", new StringSchema()._enum(List.of("UP", "DOWN"))))
                                        .example(Map.of("status", "UP")))))
                        .addApiResponse("503", new ApiResponse().description("Down")));
        Operation metrics = new Operation().addTagsItem("Operations").summary("Prometheus metrics")
                .description("`messageguard_checks_total{verdict}` (a batch counts each item), `messageguard_violations_total{rule}`, "
                        + "the `messageguard_check_latency_seconds` histogram, HTTP server and JVM metrics.")
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("Prometheus text format")
                        .content(new Content().addMediaType("text/plain", new MediaType().schema(new StringSchema())))));
        openApi.path("/health", new PathItem().get(health));
        openApi.path("/metrics", new PathItem().get(metrics));
    }

    private static Map<String, String> statuses(String... statusesAndDescriptions) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < statusesAndDescriptions.length; i += 2) {
            map.put(statusesAndDescriptions[i], statusesAndDescriptions[i + 1]);
        }
        return map;
    }

    /** The reasons of the loaded catalog, which a rules folder may change, as the allowed values. */
    @SuppressWarnings("unchecked")
    private static void contactReasons(OpenAPI openApi, List<String> reasons) {
        Schema<String> reason = (Schema<String>) openApi.getComponents().getSchemas().get("CheckRequest")
                .getProperties().get("contactReason");
        reason.setEnum(reasons);
    }
}
