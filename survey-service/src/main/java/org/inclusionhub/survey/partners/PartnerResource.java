package org.inclusionhub.survey.partners;

import jakarta.annotation.security.RolesAllowed;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
        static PartnerKey of(Partners.WithKey registered) {
            return new PartnerKey(PartnerView.of(registered.partner()), registered.key().key().id, registered.key().secret());
        }
    }

    private final Partners partners;

    public PartnerResource(Partners partners) {
        this.partners = partners;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(RegisterPartnerRequest request) {
        Partners.WithKey registered = request == null ? partners.register(null, null, null)
                : partners.register(request.code(), request.name(), request.contactEmail());
        return Response.created(URI.create("/api/v1/partners/" + registered.partner().code)).entity(PartnerKey.of(registered)).build();
    }

    @GET
    public List<PartnerView> list() {
        return partners.all().stream().map(PartnerView::of).toList();
    }

    @GET
    @Path("/{code}")
    public PartnerView get(@PathParam("code") String code) {
        return PartnerView.of(partners.find(code));
    }

    /** Another key for the partner (e.g. for a second system); keep or revoke the old one. */
    @POST
    @Path("/{code}/keys")
    public Response issueKey(@PathParam("code") String code) {
        return Response.status(201).entity(PartnerKey.of(partners.issueKey(code))).build();
    }
}
