package ru.edu.mentoring.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.StaleVersionException;
import ru.edu.mentoring.web.DailyJobs;

/**
 * Moves between the schools of a municipality (issue 17 points 6 and 7): one identity and one history, with the date
 * from which the person belongs to the new school. A move dated today or earlier is applied at once; a later one is
 * scheduled and applied by a nightly job ({@code app.people.moves-cron}, caught up on start like the other daily
 * jobs). Applying a move puts the person in the new school, takes them out of the former school's bases (their base
 * entries, history kept, go with them) and leaves the pairs where they are: the former school keeps reading the pairs
 * the person had there.
 *
 * <p>Who moves: the department of the municipality (from the person's page) moves anyone. The receiving school's
 * curator, finding the person already registered in another school of the municipality, moves them only when the
 * former school no longer works with them: processing not stopped, in none of the former school's bases and in no
 * draft or active pair or group ({@link #curatorMayMove}); otherwise the curator's move is a request the department
 * decides.
 */
@Service
public class PersonMoves {

    private static final Logger log = LoggerFactory.getLogger(PersonMoves.class);

    static final String JOB = "people-moves";

    private final PersonRepository persons;
    private final PersonTransferRepository transfers;
    private final MentorProfileRepository mentors;
    private final MenteeProfileRepository mentees;
    private final People people;
    private final ObjectProvider<ParticipationSource> participations;
    private final DailyJobs jobs;
    private final TransactionTemplate tx;

    PersonMoves(PersonRepository persons, PersonTransferRepository transfers, MentorProfileRepository mentors,
            MenteeProfileRepository mentees, People people, ObjectProvider<ParticipationSource> participations,
            DailyJobs jobs, PlatformTransactionManager transactions,
            @Value("${app.people.moves-cron:0 5 0 * * *}") String cron) {
        this.persons = persons;
        this.transfers = transfers;
        this.mentors = mentors;
        this.mentees = mentees;
        this.people = people;
        this.participations = participations;
        this.jobs = jobs;
        this.tx = new TransactionTemplate(transactions);
        jobs.register(JOB, cron, this::nightly);
    }

    /**
     * Why the effective date may not be taken (a message key), or null: a move is dated from 1 September of the
     * previous academic year (a move entered late) up to a year from today.
     */
    public String dateProblem(LocalDate on) {
        if (on == null) {
            return "move.effectiveOn.required";
        }
        LocalDate today = people.today();
        if (on.isBefore(LocalDate.of(AcademicYear.of(today) - 1, 9, 1)) || on.isAfter(today.plusYears(1))) {
            return "move.effectiveOn.range";
        }
        return null;
    }

    /**
     * Moves the person to the school from the date (see the class comment); {@code expectedVersion} below 0 skips the
     * version check (the receiving curator, who never saw the record). An open request or scheduled move of the
     * person is replaced. Refused with {@link ProcessingStoppedException} for a person whose processing stopped.
     *
     * @return true when the move was applied at once, false when it waits for its date
     */
    @Transactional
    public boolean move(long personId, long toSchoolId, LocalDate effectiveOn, long expectedVersion, Long userId) {
        Person person = writable(personId);
        if (expectedVersion >= 0 && person.getVersion() != expectedVersion) {
            throw new StaleVersionException(person.getVersion());
        }
        if (person.getSchoolId() == toSchoolId) {
            throw new IllegalArgumentException("same school");
        }
        LocalDate today = people.today();
        boolean now = !effectiveOn.isAfter(today);
        // a request of the receiving school is what the department now carries out; any other open move is void
        PersonTransfer requested = null;
        for (PersonTransfer open : transfers.findByPersonIdOrderByEffectiveOnAscIdAsc(personId)) {
            if (!open.open()) {
                continue;
            }
            if (requested == null && open.getStatus() == PersonTransfer.Status.REQUESTED
                    && open.getToSchoolId() == toSchoolId) {
                requested = open;
            } else {
                open.cancel();
            }
        }
        PersonTransfer transfer = requested != null ? requested
                : new PersonTransfer(personId, person.getSchoolId(), toSchoolId, effectiveOn,
                        PersonTransfer.Status.SCHEDULED, userId);
        transfer.schedule(effectiveOn);
        if (now) {
            apply(person, transfer, today);
        }
        if (requested == null) {
            transfers.save(transfer);
        }
        return now;
    }

    /**
     * The receiving curator asks the department to move the person (the former school still works with them): a
     * request kept until the department moves the person (or another move replaces it). A second identical request
     * returns the first.
     */
    @Transactional
    public long request(long personId, long toSchoolId, LocalDate effectiveOn, Long userId) {
        Person person = writable(personId);
        Optional<PersonTransfer> same = transfers.findByPersonIdOrderByEffectiveOnAscIdAsc(personId).stream()
                .filter(t -> t.getStatus() == PersonTransfer.Status.REQUESTED && t.getToSchoolId() == toSchoolId)
                .findFirst();
        if (same.isPresent()) {
            return same.get().getId();
        }
        return transfers.save(new PersonTransfer(personId, person.getSchoolId(), toSchoolId, effectiveOn,
                PersonTransfer.Status.REQUESTED, userId)).getId();
    }

    /**
     * Whether the receiving school's curator may move the person without the department: the former school no longer
     * works with them (processing not stopped, in none of its bases, in no draft or active pair or group).
     */
    @Transactional(readOnly = true)
    public boolean curatorMayMove(long personId) {
        Person person = persons.findById(personId).orElseThrow(NotFoundException::new);
        if (person.processingStopped()) {
            return false;
        }
        if (mentors.findById(personId).map(MentorProfile::isInBase).orElse(false)
                || mentees.findById(personId).map(MenteeProfile::isInBase).orElse(false)) {
            return false;
        }
        ParticipationSource source = participations.getIfAvailable();
        return source == null || source.participations(personId).stream()
                .noneMatch(p -> "ACTIVE".equals(p.status()) || "DRAFT".equals(p.status()));
    }

    /** Whether any move into or out of the school was ever recorded (the demo data's idempotence). */
    @Transactional(readOnly = true)
    public boolean anyMoveOf(long schoolId) {
        return !ofSchools(List.of(schoolId)).isEmpty();
    }

    /** The moves of a person, oldest first (the register's history). */
    @Transactional(readOnly = true)
    public List<PersonTransfer> of(long personId) {
        return transfers.findByPersonIdOrderByEffectiveOnAscIdAsc(personId);
    }

    /** The moves into or out of these schools, open ones first (at most 200). */
    @Transactional(readOnly = true)
    List<PersonTransfer> ofSchools(Collection<Long> schoolIds) {
        return schoolIds.isEmpty() ? List.of()
                : transfers.ofSchools(schoolIds, org.springframework.data.domain.PageRequest.of(0, 200));
    }

    /** Applies every scheduled move whose date has come, each in its own transaction; returns how many. */
    public int applyDue() {
        int applied = 0;
        for (long id : transfers.dueOn(people.today())) {
            Boolean done = tx.execute(status -> applyScheduled(id));
            if (Boolean.TRUE.equals(done)) {
                applied++;
            }
        }
        return applied;
    }

    private boolean applyScheduled(long transferId) {
        PersonTransfer transfer = transfers.findById(transferId).orElse(null);
        if (transfer == null || transfer.getStatus() != PersonTransfer.Status.SCHEDULED) {
            return false;
        }
        Person person = persons.findById(transfer.getPersonId()).orElse(null);
        if (person == null || person.processingStopped() || person.getSchoolId() != transfer.getFromSchoolId()) {
            // nobody to move any more, or read-only, or moved meanwhile by another way: the plan is void
            transfer.cancel();
            return false;
        }
        apply(person, transfer, people.today());
        return true;
    }

    /** The person belongs to the new school from now; base entries (out of the base) go with them. */
    private void apply(Person person, PersonTransfer transfer, LocalDate today) {
        long to = transfer.getToSchoolId();
        person.moveTo(to);
        mentors.findById(person.getId()).ifPresent(m -> m.moveTo(to));
        mentees.findById(person.getId()).ifPresent(m -> m.moveTo(to));
        transfer.done(today);
    }

    private Person writable(long personId) {
        Person person = persons.findById(personId).orElseThrow(NotFoundException::new);
        if (person.processingStopped()) {
            throw new ProcessingStoppedException();
        }
        return person;
    }

    void nightly() {
        int applied = applyDue();
        // counts only: never names
        log.info("Scheduled moves between schools applied: {}", applied);
    }

    @Scheduled(cron = "${app.people.moves-cron:0 5 0 * * *}", zone = "${app.zone:Europe/Moscow}")
    @SchedulerLock(name = JOB)
    public void scheduled() {
        jobs.runFor(JOB, jobs.today(), this::nightly);
    }
}
