package org.inclusionhub.survey.partners;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.inclusionhub.commons.problem.ApiProblem;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.security.ApiKeys;
import org.inclusionhub.commons.security.Roles;

/**
 * Admins register partner organisations. Registering (or asking for another key) returns an API
 * key with the role partner, shown once; rotate and revoke it under /api/v1/api-keys.
 */
@Path("/api/v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Partners")
public class PartnerResource {

    public record RegisterPartnerRequest(@Schema(required = true, maxLength = 61) String code,
            @Schema(required = true, maxLength = 300) String name, @Schema(maxLength = 254) String contactEmail) {
    }

    public record PartnerView(UUID id, String code, String name, String contactEmail, Instant createdAt) {
        static PartnerView of(Partner p) {
            return new PartnerView(p.id, p.code, p.name, p.contactEmail, p.createdAt);
        }
    }

    /** The partner and a key for it; the key's secret appears only here. */
    public record PartnerKey(PartnerView partner, UUID keyId, String key) {
    }

    private final ApiKeys apiKeys;

    public PartnerResource(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response register(RegisterPartnerRequest request) {
        List<Violation> v = new ArrayList<>();
        if (request == null || request.code() == null || !request.code().matches("[a-z0-9][a-z0-9-]{1,60}")) {
            v.add(new Violation("code", "must be lower-case letters, digits and dashes (e.g. caritas-magdeburg)"));
        }
        if (request == null || request.name() == null || request.name().isBlank() || request.name().length() > 300) {
            v.add(new Violation("name", "must be a name of at most 300 characters"));
        }
        if (request != null && request.contactEmail() != null
                && (request.contactEmail().length() > 254 || !request.contactEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            v.add(new Violation("contactEmail", "is not an e-mail address"));
        }
        if (!v.isEmpty()) {
            throw ApiProblem.invalid(v);
        }
        if (Partner.count("code", request.code()) > 0) {
            throw ApiProblem.conflict("partner " + request.code() + " is already registered");
        }
        Partner p = new Partner();
        p.id = UUID.randomUUID();
        p.code = request.code();
        p.name = request.name().strip();
        p.contactEmail = request.contactEmail();
        p.createdAt = Instant.now();
        p.persistAndFlush();
        ApiKeys.IssuedKey key = apiKeys.issue(Roles.PARTNER, p.code);
        return Response.created(URI.create("/api/v1/partners/" + p.code))
                .entity(new PartnerKey(PartnerView.of(p), key.key().id, key.secret())).build();
    }

    @GET
    @Transactional
    public List<PartnerView> list() {
        return Partner.<Partner>list("order by code").stream().map(PartnerView::of).toList();
    }

    @GET
    @Path("/{code}")
    @Transactional
    public PartnerView get(@PathParam("code") String code) {
        return PartnerView.of(find(code));
    }

    /** Another key for the partner (e.g. for a second system); keep or revoke the old one. */
    @POST
    @Path("/{code}/keys")
    @Transactional
    public Response issueKey(@PathParam("code") String code) {
        Partner p = find(code);
        ApiKeys.IssuedKey key = apiKeys.issue(Roles.PARTNER, p.code);
        return Response.status(201).entity(new PartnerKey(PartnerView.of(p), key.key().id, key.secret())).build();
    }

    private static Partner find(String code) {
        Partner p = Partner.find("code", code).firstResult();
        if (p == null) {
            throw ApiProblem.notFound("Partner", code);
        }
        return p;
    }
}
