package org.inclusionhub.survey.partners;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.inclusionhub.commons.security.KeyOwners;
import org.inclusionhub.commons.security.Roles;

/** A partner key names a registered partner by its code: responses are stored under that partner. */
@ApplicationScoped
public class PartnerKeyOwners implements KeyOwners {

    @Override
    public Optional<String> refusal(String role, String owner) {
        if (!Roles.PARTNER.equals(role) || Partner.count("code", owner) > 0) {
            return Optional.empty();
        }
        return Optional.of("'" + owner + "' is not a registered partner: register it with POST /api/v1/partners, "
                + "which answers its first key");
    }
}
