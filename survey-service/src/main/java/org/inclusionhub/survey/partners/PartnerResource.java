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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
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

    @Schema(description = "A partner organisation to register")
    public record RegisterPartnerRequest(
            @Schema(required = true, maxLength = 61, pattern = "[a-z0-9][a-z0-9-]{1,60}",
                    description = "The partner's code, unique: 2 to 61 lower-case letters, digits and dashes, starting "
                            + "with a letter or digit; responses and keys name their partner by it",
                    examples = "leipzig-welcome") String code,
            @Schema(required = true, maxLength = 300, description = "The organisation's name, not blank",
                    examples = "Welcome Network Leipzig") String name,
            @Schema(maxLength = 254, description = "An e-mail address to reach the partner (optional)",
                    examples = "contact@leipzig-welcome.example") String contactEmail) {
    }

    @Schema(description = "A registered partner organisation")
    public record PartnerView(
            @Schema(required = true, description = "The partner's id", examples = "9b2d4c1e-5f3a-4e7b-8c6d-0a1b2c3d4e5f") UUID id,
            @Schema(required = true, description = "The partner's code", examples = "leipzig-welcome") String code,
            @Schema(required = true, examples = "Welcome Network Leipzig") String name,
            @Schema(description = "null when none was given", examples = "contact@leipzig-welcome.example") String contactEmail,
            @Schema(required = true, description = "When it was registered (ISO 8601, UTC)", examples = "2026-12-06T08:00:00Z")
            Instant createdAt) {
        static PartnerView of(Partner p) {
            return new PartnerView(p.id, p.code, p.name, p.contactEmail, p.createdAt);
        }
    }

    /** The partner and a key for it; the key's secret appears only here. */
    @Schema(description = "The partner and a new API key for it (role partner); the key's secret appears only here")
    public record PartnerKey(@Schema(required = true) PartnerView partner,
            @Schema(required = true, description = "The key's id: rotate or revoke it under /api/v1/api-keys/{id}",
                    examples = "5c7e2a90-3b1d-4f6e-9a8c-7d2e1f0b3c4a") UUID keyId,
            @Schema(required = true, description = "The key's secret, shown only in this answer: store it. Sent as "
                    + "Authorization: Bearer <key>, or as the password of HTTP basic authentication (KoboToolbox)")
            String key) {
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
    @Operation(summary = "Register a partner organisation",
            description = "Admin only. Registers the partner and issues its first API key with the role partner, which "
                    + "submits and reads the partner's own responses; the key's secret appears in this answer only. "
                    + "Rotate or revoke keys under /api/v1/api-keys.")
    @APIResponseSchema(value = PartnerKey.class, responseCode = "201",
            responseDescription = "Registered; Location names the partner (/api/v1/partners/{code})")
    @APIResponse(responseCode = "409", description = "A partner with this code is already registered; ask for another "
            + "key with POST /api/v1/partners/{code}/keys instead")
    public Response register(RegisterPartnerRequest request) {
        Partners.WithKey registered = request == null ? partners.register(null, null, null)
                : partners.register(request.code(), request.name(), request.contactEmail());
        return Response.created(URI.create("/api/v1/partners/" + registered.partner().code)).entity(PartnerKey.of(registered)).build();
    }

    @GET
    @Operation(summary = "List partner organisations",
            description = "Every registered partner, ordered by code. Admin only. The answer carries an ETag: sent back "
                    + "in If-None-Match, it answers 304 while nothing changed.")
    @APIResponse(responseCode = "200", description = "The partners")
    public List<PartnerView> list() {
        return partners.all().stream().map(PartnerView::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read a partner organisation",
            description = "One partner, by its code. Admin only. The answer carries an ETag: sent back in If-None-Match, "
                    + "it answers 304 while nothing changed.")
    @APIResponse(responseCode = "200", description = "The partner")
    public PartnerView get(
            @Parameter(description = "The partner's code", example = "leipzig-welcome") @PathParam("code") String code) {
        return PartnerView.of(partners.find(code));
    }

    /** Another key for the partner (e.g. for a second system); keep or revoke the old one. */
    @POST
    @Path("/{code}/keys")
    @Operation(summary = "Issue another API key for a partner",
            description = "Admin only. Issues an additional key with the role partner, e.g. for a second system or a "
                    + "KoboToolbox REST service; the partner's other keys stay valid until revoked under /api/v1/api-keys. "
                    + "The key's secret appears in this answer only.")
    @APIResponseSchema(value = PartnerKey.class, responseCode = "201", responseDescription = "The partner and its new key")
    public Response issueKey(
            @Parameter(description = "The partner's code", example = "leipzig-welcome") @PathParam("code") String code) {
        return Response.status(201).entity(PartnerKey.of(partners.issueKey(code))).build();
    }
}
