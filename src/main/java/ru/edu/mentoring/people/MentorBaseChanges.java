package ru.edu.mentoring.people;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.edu.mentoring.web.CacheConfig;

/**
 * JPA listener of persons and mentor profiles: any change (a name, the base, a move) empties the mentor options
 * ({@link People#mentorOptions}) at once and again when the transaction commits. Other instances' changes show after
 * the ttl ({@code app.people.cache-ttl}, 30 s). Hibernate takes this listener from Spring. It also publishes
 * {@link PersonChanged} inside the writing transaction (monitoring's read model follows it).
 *
 * <p>The emptying after the commit is registered once per transaction, not once per entity (as a second
 * {@code @CacheEvict} on the transaction-aware cache did): an import of 10,000 rows writes some 20,000 entities, and
 * as many synchronizations, each copied and sorted by every later listener that looks for its own
 * ({@code TransactionSynchronizationManager.getSynchronizations()}), made the write quadratic (issue 17 point 9).
 */
class MentorBaseChanges {

    private final ApplicationEventPublisher events;
    private final CacheManager caches;

    MentorBaseChanges(ApplicationEventPublisher events, CacheManager caches) {
        this.events = events;
        this.caches = caches;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        emptyMentorOptions();
        if (entity instanceof Person person) {
            events.publishEvent(new PersonChanged(person.getSchoolId(), person.getId(), person.formerSchoolId()));
        } else if (entity instanceof StudentClass c) {
            events.publishEvent(PersonChanged.of(null, c.personId()));
        } else if (entity instanceof MentorProfile m) {
            events.publishEvent(PersonChanged.of(m.schoolId(), m.getPersonId()));
        } else if (entity instanceof MenteeProfile m) {
            events.publishEvent(PersonChanged.of(m.schoolId(), m.getPersonId()));
        }
    }

    /** At once (invalidate acts immediately, also on the transaction-aware cache), and once after the commit. */
    private void emptyMentorOptions() {
        Cache cache = caches.getCache(CacheConfig.MENTOR_OPTIONS);
        if (cache == null) {
            return;
        }
        cache.invalidate();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        if (TransactionSynchronizationManager.getResource(EmptyAfterCommit.class) instanceof EmptyAfterCommit e
                && e.active) {
            return;
        }
        EmptyAfterCommit after = new EmptyAfterCommit(cache);
        TransactionSynchronizationManager.unbindResourceIfPossible(EmptyAfterCommit.class);
        TransactionSynchronizationManager.bindResource(EmptyAfterCommit.class, after);
        TransactionSynchronizationManager.registerSynchronization(after);
    }

    /**
     * Empties the cache after the commit; bound to the thread while its transaction runs, so the next change of the
     * same transaction finds it. A transaction suspended for another (REQUIRES_NEW) keeps its own: the inner one's
     * synchronizations are its own, so it registers again when it finds the outer one's not among them.
     */
    private static final class EmptyAfterCommit implements TransactionSynchronization {

        private final Cache cache;
        boolean active = true;

        EmptyAfterCommit(Cache cache) {
            this.cache = cache;
        }

        @Override
        public void suspend() {
            active = false;
        }

        @Override
        public void resume() {
            active = true;
            TransactionSynchronizationManager.unbindResourceIfPossible(EmptyAfterCommit.class);
            TransactionSynchronizationManager.bindResource(EmptyAfterCommit.class, this);
        }

        @Override
        public void afterCommit() {
            cache.invalidate();
        }

        @Override
        public void afterCompletion(int status) {
            active = false;
            if (TransactionSynchronizationManager.getResource(EmptyAfterCommit.class) == this) {
                TransactionSynchronizationManager.unbindResource(EmptyAfterCommit.class);
            }
        }
    }
}
