package org.inclusionhub.commons.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.inclusionhub.commons.security.ApiKeys.Holder;

/**
 * Keys that authenticated in the last {@code inclusionhub.security.key-cache-ttl} (default 5 s), by hash,
 * so that a client sending many requests costs one key lookup per period instead of one transaction per
 * request. Only successes are kept. Rotating or revoking a key forgets it at once on this instance; another
 * instance may accept the old secret until its entry expires, which is the bound the TTL sets.
 */
@ApplicationScoped
public class AuthenticatedKeys {

    private final Cache<String, Holder> byHash;

    public AuthenticatedKeys(SecurityConfig config) {
        this.byHash = Caffeine.newBuilder().expireAfterWrite(config.keyCacheTtl()).maximumSize(10_000).build();
    }

    Optional<Holder> find(String hash) {
        return Optional.ofNullable(byHash.getIfPresent(hash));
    }

    void remember(String hash, Holder holder) {
        byHash.put(hash, holder);
    }

    void forget(String hash) {
        byHash.invalidate(hash);
    }
}
