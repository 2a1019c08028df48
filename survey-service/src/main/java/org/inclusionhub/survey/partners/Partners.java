package org.inclusionhub.survey.partners;

import org.inclusionhub.commons.api.Text;
import org.inclusionhub.commons.domain.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.inclusionhub.commons.domain.ConflictException;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.domain.NotFoundException;
import org.inclusionhub.commons.domain.Violation;
import org.inclusionhub.commons.security.ApiKeys;
import org.inclusionhub.commons.security.Roles;

/** Registers partner organisations and issues their API keys (role partner); holds the partner queries. */
@ApplicationScoped
public class Partners {

    /** A partner and a key for it; the key's secret exists only in this value. */
    public record WithKey(Partner partner, ApiKeys.IssuedKey key) {
    }

    private final ApiKeys apiKeys;

    public Partners(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    /**
     * @throws InvalidInputException for a malformed code, name or e-mail address
     * @throws ConflictException when the code is taken
     */
    @Transactional
    public WithKey register(String code, String name, String contactEmail) {
        List<Violation> v = new ArrayList<>();
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{1,60}")) {
            v.add(new Violation("code", "must be lower-case letters, digits and dashes (e.g. caritas-magdeburg)"));
        }
        if (name == null || name.isBlank()) {
            v.add(new Violation("name", "is required"));
        } else if (Text.length(name) > 300) {
            v.add(new Violation("name", "must be at most 300 characters"));
        }
        if (contactEmail != null && (contactEmail.length() > 254 || !contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            v.add(new Violation("contactEmail", "is not an e-mail address"));
        }
        if (!v.isEmpty()) {
            throw InvalidInputException.of(v);
        }
        if (Partner.count("code", code) > 0) {
            throw new ConflictException("partner " + code + " is already registered");
        }
        Partner p = new Partner();
        p.id = UUID.randomUUID();
        p.code = code;
        p.name = name.strip();
        p.contactEmail = contactEmail;
        p.createdAt = Timestamps.now();
        p.persistAndFlush();
        return new WithKey(p, apiKeys.issue(Roles.PARTNER, p.code));
    }

    /** Another key for the partner (e.g. for a second system). @throws NotFoundException for no such partner */
    @Transactional
    public WithKey issueKey(String code) {
        Partner p = find(code);
        return new WithKey(p, apiKeys.issue(Roles.PARTNER, p.code));
    }

    @Transactional
    public List<Partner> all() {
        return Partner.list("order by code");
    }

    /** @throws NotFoundException for no such partner */
    @Transactional
    public Partner find(String code) {
        return Partner.<Partner>find("code", code).firstResultOptional().orElseThrow(() -> new NotFoundException("Partner", code));
    }
}
