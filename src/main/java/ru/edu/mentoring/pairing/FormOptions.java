package ru.edu.mentoring.pairing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.cache.annotation.Caching;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.mentoring.web.CacheConfig;

/**
 * Every form of mentoring (active or not) as the pair list's filter offers it, in the forms' order, and what the
 * registration's rules need of each form. Kept for a short while ({@link CacheConfig#FORMS}): emptied on this instance by {@link FormChanges} when
 * a form or a variation changes; other instances' changes show after the ttl ({@code app.pairing.cache-ttl}, 30 s) —
 * the registration's insert checks the form and variation again in the database, so a stale entry never saves a
 * pair in a form just closed elsewhere.
 */
@Component
class FormOptions {

    /** A form in a filter: id and name. */
    record FormOption(long id, String name) {}

    /** A form as the rules see it: its spec, whether it is open for new pairs, and its active variations' ids. */
    record FormRule(FormSpec spec, boolean active, Set<Long> activeVariations) {}

    private final MentoringFormRepository forms;
    private final FormVariationRepository variations;
    private final TransactionTemplate readOnly;

    FormOptions(MentoringFormRepository forms, FormVariationRepository variations,
            PlatformTransactionManager transactions) {
        this.forms = forms;
        this.variations = variations;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Cacheable(cacheNames = CacheConfig.FORMS, key = "'options'")
    List<FormOption> all() {
        return readOnly.execute(tx -> forms.findAllByOrderBySortOrderAscIdAsc().stream()
                .map(f -> new FormOption(f.getId(), f.getName())).toList());
    }

    /** Every form by id, with its rules. */
    @Cacheable(cacheNames = CacheConfig.FORMS, key = "'rules'")
    Map<Long, FormRule> rules() {
        return readOnly.execute(tx -> {
            Map<Long, Set<Long>> open = variations.findByActiveTrueOrderByFormIdAscSortOrderAscIdAsc().stream()
                    .collect(Collectors.groupingBy(FormVariation::getFormId,
                            Collectors.mapping(FormVariation::getId, Collectors.toUnmodifiableSet())));
            return forms.findAll().stream().collect(Collectors.toUnmodifiableMap(MentoringForm::getId,
                    f -> new FormRule(f.spec(), f.isActive(), open.getOrDefault(f.getId(), Set.of()))));
        });
    }

    /** Empties the options now and once more when the transaction commits (the cache is transaction-aware). */
    @Caching(evict = {@CacheEvict(cacheNames = CacheConfig.FORMS, allEntries = true, beforeInvocation = true),
            @CacheEvict(cacheNames = CacheConfig.FORMS, allEntries = true)})
    void clear() {
        // the annotations do the work
    }
}
