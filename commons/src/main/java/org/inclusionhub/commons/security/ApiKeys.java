package org.inclusionhub.commons.security;

import org.inclusionhub.commons.api.Text;
import org.inclusionhub.commons.domain.Violation;
import java.util.ArrayList;
import org.inclusionhub.commons.domain.Timestamps;
import org.inclusionhub.commons.domain.InvalidInputException;
import org.inclusionhub.commons.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Issues, finds, rotates and revokes API keys; knows the bootstrap admin key from configuration. */
@ApplicationScoped
public class ApiKeys {

    public static final String BOOTSTRAP_OWNER = "bootstrap-admin";

    private final Optional<String> bootstrapAdminHash;
    private final AuthenticatedKeys recent;
    private final Instance<KeyOwners> owners;

    public ApiKeys(SecurityConfig config, AuthenticatedKeys recent, Instance<KeyOwners> owners) {
        this.bootstrapAdminHash = config.bootstrapAdminKey().filter(k -> !k.isBlank()).map(ApiKeyHasher::hash);
        this.recent = recent;
        this.owners = owners;
    }

    /** A key together with its secret, which exists only in this answer. */
    public record IssuedKey(ApiKey key, String secret) {
    }

    /** Who presented a key: its role and owner. */
    public record Holder(String keyId, String role, String owner) {
    }

    /**
     * A new key of {@code role} for {@code owner}.
     *
     * @throws InvalidInputException naming role or owner: an unknown role, an owner missing or longer than 200
     *         characters, or one the service's {@link KeyOwners} refuses for the role
     */
    @Transactional
    public IssuedKey issue(String role, String owner) {
        List<Violation> violations = new ArrayList<>();
        if (role == null || !Roles.ALL.contains(role)) {
            violations.add(new Violation("role", role == null ? "is required: one of " + Roles.ALL : "must be one of " + Roles.ALL));
        }
        if (owner == null || owner.isBlank()) {
            violations.add(new Violation("owner", "is required"));
        } else if (Text.length(owner) > 200) {
            violations.add(new Violation("owner", "must be at most 200 characters"));
        } else if (violations.isEmpty() && owners.isResolvable()) {
            owners.get().refusal(role, owner.strip()).ifPresent(refusal -> violations.add(new Violation("owner", refusal)));
        }
        if (!violations.isEmpty()) {
            throw InvalidInputException.of(violations);
        }
        String secret = ApiKeyHasher.newKey();
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.keyHash = ApiKeyHasher.hash(secret);
        key.keyPrefix = ApiKeyHasher.displayPrefix(secret);
        key.role = role;
        key.owner = owner.strip();
        key.createdAt = Timestamps.now();
        key.persist();
        return new IssuedKey(key, secret);
    }

    /** Replaces a key's secret; the old secret stops working at once. */
    @Transactional
    public IssuedKey rotate(UUID id) {
        ApiKey key = activeKey(id);
        recent.forget(key.keyHash);
        String secret = ApiKeyHasher.newKey();
        key.keyHash = ApiKeyHasher.hash(secret);
        key.keyPrefix = ApiKeyHasher.displayPrefix(secret);
        return new IssuedKey(key, secret);
    }

    @Transactional
    public void revoke(UUID id) {
        ApiKey key = activeKey(id);
        recent.forget(key.keyHash);
        key.revokedAt = Timestamps.now();
    }

    @Transactional
    public List<ApiKey> list(String owner) {
        return owner == null ? ApiKey.list("order by createdAt") : ApiKey.list("owner = ?1 order by createdAt", owner);
    }

    /**
     * Who holds {@code secret}, when that is known without the database: the bootstrap admin key, or a key
     * that authenticated recently ({@link AuthenticatedKeys}). Empty means "ask {@link #authenticate}".
     */
    public Optional<Holder> recentlyAuthenticated(String secret) {
        return known(ApiKeyHasher.hash(secret));
    }

    private Optional<Holder> known(String hash) {
        if (bootstrapAdminHash.isPresent() && MessageDigest.isEqual(
                bootstrapAdminHash.get().getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(new Holder(BOOTSTRAP_OWNER, Roles.ADMIN, BOOTSTRAP_OWNER));
        }
        return recent.find(hash);
    }

    /** Looks the key up in the database (blocking); empty for an unknown or revoked key. */
    @ActivateRequestContext
    @Transactional
    public Optional<Holder> authenticate(String secret) {
        String hash = ApiKeyHasher.hash(secret);
        Optional<Holder> known = known(hash);
        if (known.isPresent()) {
            return known;
        }
        Optional<Holder> holder = ApiKey.findActiveByHash(hash).map(k -> new Holder(k.id.toString(), k.role, k.owner));
        holder.ifPresent(h -> recent.remember(hash, h));
        return holder;
    }

    private static ApiKey activeKey(UUID id) {
        ApiKey key = ApiKey.findById(id);
        if (key == null || !key.isActive()) {
            throw new NotFoundException("Active API key", id);
        }
        return key;
    }
}
