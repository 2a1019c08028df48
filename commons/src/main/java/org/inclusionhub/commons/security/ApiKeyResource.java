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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    public record ApiKeyView(UUID id, String keyPrefix, String role, String owner, Instant createdAt, Instant revokedAt) {
        static ApiKeyView of(ApiKey key) {
            return new ApiKeyView(key.id, key.keyPrefix, key.role, key.owner, key.createdAt, key.revokedAt);
        }
    }

    public record IssuedApiKeyView(UUID id, String key, String keyPrefix, String role, String owner, Instant createdAt) {
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
    public Response create(CreateApiKeyRequest request) {
        if (request == null) {
            throw org.inclusionhub.commons.problem.ApiProblem.badRequest("a JSON body with role and owner is required");
        }
        ApiKeys.IssuedKey issued = apiKeys.issue(request.role(), request.owner());
        return Response.created(URI.create("/api/v1/api-keys/" + issued.key().id))
                .entity(IssuedApiKeyView.of(issued)).build();
    }

    @GET
    public List<ApiKeyView> list(@QueryParam("owner") String owner) {
        return apiKeys.list(owner).stream().map(ApiKeyView::of).toList();
    }

    @POST
    @Path("/{id}/rotate")
    public IssuedApiKeyView rotate(@PathParam("id") UUID id) {
        return IssuedApiKeyView.of(apiKeys.rotate(id));
    }

    @DELETE
    @Path("/{id}")
    public Response revoke(@PathParam("id") UUID id) {
        apiKeys.revoke(id);
        return Response.noContent().build();
    }
}
