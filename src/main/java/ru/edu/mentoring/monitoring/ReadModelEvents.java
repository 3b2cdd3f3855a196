package ru.edu.mentoring.monitoring;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.edu.mentoring.shared.ChangeLog;
import ru.edu.mentoring.pairing.FormsChanged;
import ru.edu.mentoring.pairing.PairChanged;
import ru.edu.mentoring.people.PersonAnonymised;
import ru.edu.mentoring.people.PersonChanged;
import ru.edu.mentoring.people.PersonsMerged;
import ru.edu.mentoring.people.SchoolPeopleChanged;
import ru.edu.mentoring.schools.MunicipalityChanged;
import ru.edu.mentoring.schools.SchoolChanged;
import ru.edu.mentoring.schools.StudentCountChanged;

/**
 * Keeps monitoring's own tables in step with the writes of the modules it follows (issue 19 point 4): the involvement
 * read model ({@code involvement}, {@code involvement_form}) and the dashboards' change log ({@code
 * monitoring_change}), which until V64 triggers on eleven tables of other modules kept.
 *
 * <p>The owning modules publish their events inside the writing transaction (JPA listeners for every entity write,
 * explicit events for their own SQL). The listeners here only note what the event names; once, just before the
 * transaction commits, the notes are applied: the persistence context is flushed (so a pair's mentees are in the
 * database), the people concerned are recomputed with {@code involvement_refresh} (the V44 rule, one call for the
 * whole transaction) and one change row per school (or municipality, or everyone) is written. Both are part of the
 * committing transaction, so a dashboard is never behind a committed change and a rolled-back write leaves no mark.
 * Events published outside a transaction (plain JDBC in auto-commit) are applied at once.
 */
@Component
class ReadModelEvents implements org.springframework.transaction.TransactionExecutionListener {

    private final JdbcTemplate jdbc;
    private final ChangeLog changes;

    @PersistenceContext
    private EntityManager em;

    ReadModelEvents(JdbcTemplate jdbc, ChangeLog changes) {
        this.changes = changes;
        this.jdbc = jdbc;
    }

    /**
     * Every new transaction gets the synchronization at once, so that its last flush (where an entity's update is
     * written and its listener publishes) happens inside {@link BeforeCommit#beforeCommit}, not in the commit itself,
     * where a synchronization registered by then would never run.
     */
    @Override
    public void afterBegin(org.springframework.transaction.TransactionExecution transaction, Throwable failure) {
        if (failure == null && transaction.isNewTransaction()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            pending();
        }
    }

    @EventListener
    void on(PairChanged e) {
        Pending p = pending();
        p.schools.add(e.schoolId());
        if (!e.draft()) {
            if (e.pairId() != null) {
                p.pairs.add(e.pairId());
            }
            p.people.addAll(e.personIds());
        }
        done(p);
    }

    @EventListener
    void on(PersonChanged e) {
        Pending p = pending();
        if (e.schoolId() == null) {
            p.peopleSchools.add(e.personId());
        } else {
            p.schools.add(e.schoolId());
        }
        if (e.formerSchoolId() != null) {
            p.schools.add(e.formerSchoolId());
        }
        // a person's kind decides whether they count as a student; a deleted person leaves the model
        p.peopleIfInvolved.add(e.personId());
        done(p);
    }

    /** A mentor's training records changed: the school's «обученные наставники» may have moved. */
    @EventListener
    void on(ru.edu.mentoring.training.MentorTrainingChanged e) {
        Pending p = pending();
        p.schools.add(e.schoolId());
        done(p);
    }

    @EventListener
    void on(SchoolPeopleChanged e) {
        Pending p = pending();
        p.schools.add(e.schoolId());
        done(p);
    }

    @EventListener
    void on(PersonsMerged e) {
        Pending p = pending();
        p.schools.add(e.schoolId());
        p.people.add(e.keptId());
        p.people.add(e.removedId());
        done(p);
    }

    @EventListener
    void on(PersonAnonymised e) {
        Pending p = pending();
        p.schools.add(e.schoolId());
        done(p);
    }

    @EventListener
    void on(SchoolChanged e) {
        Pending p = pending();
        p.schoolsOf.add(new long[] {e.municipalityId(), e.schoolId()});
        done(p);
    }

    @EventListener
    void on(MunicipalityChanged e) {
        Pending p = pending();
        p.everyone = true;
        done(p);
    }

    @EventListener
    void on(StudentCountChanged e) {
        Pending p = pending();
        p.schools.add(e.schoolId());
        done(p);
    }

    @EventListener
    void on(FormsChanged e) {
        Pending p = pending();
        p.everyone = true;
        done(p);
    }

    /** What one transaction changed, applied before it commits. */
    private static final class Pending {
        final Set<Long> schools = new LinkedHashSet<>();
        final List<long[]> schoolsOf = new ArrayList<>();
        final Set<Long> peopleSchools = new LinkedHashSet<>();
        final Set<Long> pairs = new LinkedHashSet<>();
        final Set<Long> people = new LinkedHashSet<>();
        final Set<Long> peopleIfInvolved = new LinkedHashSet<>();
        boolean everyone;
        final boolean immediate;

        Pending(boolean immediate) {
            this.immediate = immediate;
        }

        boolean isEmpty() {
            return schools.isEmpty() && schoolsOf.isEmpty() && peopleSchools.isEmpty() && pairs.isEmpty()
                    && people.isEmpty() && peopleIfInvolved.isEmpty() && !everyone;
        }

        Pending take() {
            Pending copy = new Pending(immediate);
            copy.schools.addAll(schools);
            copy.schoolsOf.addAll(schoolsOf);
            copy.peopleSchools.addAll(peopleSchools);
            copy.pairs.addAll(pairs);
            copy.people.addAll(people);
            copy.peopleIfInvolved.addAll(peopleIfInvolved);
            copy.everyone = everyone;
            schools.clear();
            schoolsOf.clear();
            peopleSchools.clear();
            pairs.clear();
            people.clear();
            peopleIfInvolved.clear();
            everyone = false;
            return copy;
        }
    }

    /** The transaction's synchronization that holds its notes and applies them last before the commit. */
    private final class BeforeCommit implements TransactionSynchronization {

        final Pending pending = new Pending(false);
        /** Set once the notes were applied: anything published later (a flush at commit) is applied at once. */
        boolean applied;

        @Override
        public void beforeCommit(boolean readOnly) {
            if (readOnly && pending.isEmpty()) {
                applied = true;
                return;
            }
            // a flush may publish more (the entities written since the last flush): apply until nothing is left
            for (int round = 0; round < 10; round++) {
                em.flush();
                if (pending.isEmpty()) {
                    applied = true;
                    return;
                }
                apply(pending.take());
            }
            throw new IllegalStateException("read model: writes kept coming while being applied");
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private Pending pending() {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
                if (s instanceof BeforeCommit b) {
                    return b.applied ? new Pending(true) : b.pending;
                }
            }
            BeforeCommit b = new BeforeCommit();
            TransactionSynchronizationManager.registerSynchronization(b);
            return b.pending;
        }
        return new Pending(true);
    }

    private void done(Pending p) {
        if (p.immediate) {
            apply(p);
        }
    }

    private static Long[] ids(Set<Long> ids) {
        return ids.toArray(Long[]::new);
    }

    /** Two statements at most: the people recomputed, then the change rows. */
    private void apply(Pending p) {
        if (!p.pairs.isEmpty() || !p.people.isEmpty() || !p.peopleIfInvolved.isEmpty()) {
            jdbc.query("""
                    select involvement_refresh(array(
                        select x from unnest(cast(? as bigint[])) x
                        union select mp.mentor_id from pairing_pair_v mp where mp.id = any (cast(? as bigint[]))
                        union select pm.person_id from pairing_pair_mentee_v pm where pm.pair_id = any (cast(? as bigint[]))
                        union select x from unnest(cast(? as bigint[])) x
                         where exists (select 1 from involvement_form f where f.person_id = x)
                            or exists (select 1 from pairing_pair_mentee_v pm where pm.person_id = x)
                            or exists (select 1 from pairing_pair_v mp where mp.mentor_id = x)))
                    """, rs -> { }, ids(p.people), ids(p.pairs), ids(p.pairs), ids(p.peopleIfInvolved));
        }
        Long[] municipalities = p.schoolsOf.stream().map(a -> a[0]).toArray(Long[]::new);
        Long[] ofSchools = p.schoolsOf.stream().map(a -> a[1]).toArray(Long[]::new);
        changes.mark(ids(p.schools), ids(p.peopleSchools), municipalities, ofSchools, p.everyone);
    }
}
