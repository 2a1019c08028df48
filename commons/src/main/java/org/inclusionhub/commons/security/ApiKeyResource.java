package org.inclusionhub.commons.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin management of API keys. The secret of a key appears only in the answer that creates or rotates it. */
@Path("/api/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "API keys")
public class ApiKeyResource {

    public record CreateApiKeyRequest(@Schema(required = true, enumeration = {"admin", "editor", "partner"}) String role,
            @Schema(required = true, maxLength = 200) String owner) {
    }

    public record ApiKeyView(@Schema(required = true) UUID id, String keyPrefix, String role, String owner, Instant createdAt, Instant revokedAt) {
        static ApiKeyView of(ApiKey key) {
            return new ApiKeyView(key.id, key.keyPrefix, key.role, key.owner, key.createdAt, key.revokedAt);
        }
    }

    public record IssuedApiKeyView(@Schema(required = true) UUID id,
            @Schema(required = true, description = "The secret: shown only in this answer; send it as Authorization: Bearer <key>")
            String key, String keyPrefix, String role, String owner, Instant createdAt) {
        static IssuedApiKeyView of(ApiKeys.IssuedKey issued) {
            ApiKey k = issued.key();
            return new IssuedApiKeyView(k.id, issued.secret(), k.keyPrefix, k.role, k.owner, k.createdAt);
        }
    }

    private final ApiKeys apiKeys;

    public ApiKeyResource(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    @POST
    @Operation(summary = "Issue an API key", description = "Admin only. Issues a key for a role (admin, editor or "
            + "partner) and its owner; the secret is in this answer only, the service keeps a hash.")
    @APIResponseSchema(value = IssuedApiKeyView.class, responseCode = "201", responseDescription = "The key, with its secret")
    public Response create(CreateApiKeyRequest request) {
        if (request == null) {
            throw org.inclusionhub.commons.problem.ApiProblem.badBody("a JSON body with role and owner is required");
        }
        ApiKeys.IssuedKey issued = apiKeys.issue(request.role(), request.owner());
        return Response.created(URI.create("/api/v1/api-keys/" + issued.key().id))
                .entity(IssuedApiKeyView.of(issued)).build();
    }

    @GET
    @Operation(summary = "List API keys", description = "Admin only. Every key with its prefix, role and owner, "
            + "revoked ones included; never a secret.")
    public List<ApiKeyView> list(@QueryParam("owner") @Parameter(description = "Only the keys of this owner, exactly as "
            + "issued", example = "caritas-brussels") String owner) {
        return apiKeys.list(owner).stream().map(ApiKeyView::of).toList();
    }

    @POST
    @Path("/{id}/rotate")
    @Operation(summary = "Rotate an API key", description = "Admin only. Replaces the key's secret; the old secret "
            + "stops working at once. The new secret is in this answer only.")
    public IssuedApiKeyView rotate(@PathParam("id") @Parameter(description = "The key's id", example =
            "3f0c2b8e-8a4e-4c8e-9d1e-2b7f5e0a9c41") UUID id) {
        return IssuedApiKeyView.of(apiKeys.rotate(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API key", description = "Admin only. The key stops working at once; it stays "
            + "listed with revokedAt.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("id") @Parameter(description = "The key's id", example =
            "3f0c2b8e-8a4e-4c8e-9d1e-2b7f5e0a9c41") UUID id) {
        apiKeys.revoke(id);
        return Response.noContent().build();
    }
}
