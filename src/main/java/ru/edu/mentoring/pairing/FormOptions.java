package ru.edu.mentoring.pairing;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.mentoring.shared.LocalCache;
import ru.edu.mentoring.shared.LocalCaches;

/**
 * Every form of mentoring (active or not) as the pair list's filter offers it, in the forms' order. Kept for a short
 * while: emptied on this instance by {@link FormChanges} when a form or a variation changes; other instances' changes
 * show after the ttl ({@code app.pairing.cache-ttl}, 30 s).
 */
@Component
class FormOptions {

    /** A form in a filter: id and name. */
    record FormOption(long id, String name) {}

    private final MentoringFormRepository forms;
    private final TransactionTemplate readOnly;
    private final LocalCache<Boolean, List<FormOption>> cache;

    FormOptions(MentoringFormRepository forms, PlatformTransactionManager transactions, LocalCaches caches,
            @Value("${app.pairing.cache-ttl:30s}") Duration ttl) {
        this.forms = forms;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.cache = caches.create("pairing.forms", ttl, 1);
    }

    List<FormOption> all() {
        return cache.get(Boolean.TRUE, () -> readOnly.execute(tx -> forms.findAllByOrderBySortOrderAscIdAsc().stream()
                .map(f -> new FormOption(f.getId(), f.getName())).toList()));
    }

    void clear() {
        cache.clear();
    }
}
