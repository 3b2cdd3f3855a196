package ru.edu.mentoring.practices;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.approval.Actor;
import ru.edu.mentoring.approval.Approval;
import ru.edu.mentoring.approval.ApprovalRuleException;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.Approvals;
import ru.edu.mentoring.people.FormCatalog;
import ru.edu.mentoring.practices.PracticeViews.CatalogueItem;
import ru.edu.mentoring.practices.PracticeViews.EventView;
import ru.edu.mentoring.practices.PracticeViews.FileView;
import ru.edu.mentoring.practices.PracticeViews.PracticeLink;
import ru.edu.mentoring.practices.PracticeViews.PracticeView;
import ru.edu.mentoring.practices.PracticeViews.Row;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;

/**
 * The bank of practices: a school's curator writes a practice's passport and submits it; the municipality's
 * methodologist or department publishes it or returns it with a comment (the approval workflow, subject kind
 * PRACTICE: one set of states, one history, the same notifications); published practices form the public catalogue.
 * The public API ({@link #enterWinner}, {@link #publishedOf}) serves the contests module.
 */
@Service
public class Practices {

    static final int MAX_FILES = 10;
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final PracticeRepository practices;
    private final PracticeFileRepository files;
    private final PracticeEventRepository events;
    private final Schools schools;
    private final Approvals approvals;
    private final FormCatalog forms;
    private final Clock clock;

    Practices(PracticeRepository practices, PracticeFileRepository files, PracticeEventRepository events,
            Schools schools, Approvals approvals, FormCatalog forms, Clock clock) {
        this.practices = practices;
        this.files = files;
        this.events = events;
        this.schools = schools;
        this.approvals = approvals;
        this.forms = forms;
        this.clock = clock;
    }

    // --- the public API (contests) ---------------------------------------------------------------------------

    /**
     * A contest's winning practice enters the bank in one step: a published practice of the school, at the
     * municipal level, marked as the winner of {@code contestTitle} of {@code year}; the approval history keeps the
     * publication with the contest as its actor. Returns the practice's id.
     */
    @Transactional
    public long enterWinner(long schoolId, String title, String summary, String contestTitle, int year) {
        SchoolSummary school = schools.summariesOf(List.of(schoolId)).stream().findFirst()
                .orElseThrow(NotFoundException::new);
        if (title == null || title.isBlank() || contestTitle == null || contestTitle.isBlank()) {
            throw new IllegalArgumentException("a winner needs a title and its contest");
        }
        Instant now = clock.instant();
        Practice p = new Practice(school.id(), school.municipalityId(), now);
        p.apply(new Practice.Passport(clip(title.strip(), 300), null, null, null, null, null, null, null,
                summary == null || summary.isBlank() ? null : clip(summary.strip(), 8000), null, null, null, null,
                null, null, true));
        Actor contest = new Actor(0, clip("«" + contestTitle.strip() + "», " + year, 300));
        var step = p.enterAsWinner(clip(contestTitle.strip(), 300), year, contest, now);
        practices.save(p);
        approvals.record(subject(p), step);
        return p.getId();
    }

    /** The school's published practices, newest first, for a contest application to pick from. */
    @Transactional(readOnly = true)
    public List<PracticeChoice> publishedOf(long schoolId) {
        return practices.findBySchoolIdAndApprovalStatusOrderByPublishedAtDescIdDesc(schoolId, ApprovalStatus.APPROVED)
                .stream().map(p -> new PracticeChoice(p.getId(), p.getTitle(),
                        p.getPeriodStart() == null ? p.getContestYear() : Integer.valueOf(p.getPeriodStart().getYear()),
                        summary(p.getDescription())))
                .toList();
    }

    /** The practices waiting for moderation in the moderator's municipality: how many, and the oldest few. */
    public record AwaitingModeration(long count, List<AwaitingPractice> oldest) {}

    /** A practice waiting for moderation since it was submitted. */
    public record AwaitingPractice(long id, String title, String schoolName, LocalDateTime submittedAt) {}

    /**
     * For the methodologist's (and the department's) start page: the submitted practices of the user's municipality,
     * their number and the {@code limit} oldest by submission; a count, the page of the oldest and their schools'
     * names, whatever the number of schools. Nothing for a user who does not moderate.
     */
    @Transactional(readOnly = true)
    public AwaitingModeration awaitingModeration(CurrentUser user, int limit) {
        Long municipality = user.municipalityId();
        if (municipality == null || !moderates(user, municipality)) {
            return new AwaitingModeration(0, List.of());
        }
        long count = practices.countByMunicipalityIdAndApprovalStatus(municipality, ApprovalStatus.SUBMITTED);
        if (count == 0) {
            return new AwaitingModeration(0, List.of());
        }
        List<Practice> oldest = practices.findByMunicipalityIdAndApprovalStatus(municipality,
                ApprovalStatus.SUBMITTED, org.springframework.data.domain.PageRequest.of(0, limit,
                        org.springframework.data.domain.Sort.by("approval.statusChangedAt", "id")));
        Map<Long, String> names = schoolNames(oldest.stream().map(Practice::getSchoolId)
                .collect(Collectors.toSet()));
        return new AwaitingModeration(count, oldest.stream().map(p -> new AwaitingPractice(p.getId(), p.getTitle(),
                names.get(p.getSchoolId()), local(p.getStatusChangedAt()))).toList());
    }

    // --- access ----------------------------------------------------------------------------------------------

    /** The municipality's methodologist or department staff moderate its schools' practices. */
    static boolean moderates(CurrentUser user, long municipalityId) {
        return (user.has(Role.METHODOLOGIST) || user.has(Role.DEPARTMENT))
                && Objects.equals(user.municipalityId(), municipalityId);
    }

    Practice readable(CurrentUser user, long id) {
        Practice p = practices.findById(id).orElseThrow(NotFoundException::new);
        if (!user.canRead(p.getSchoolId(), p.getMunicipalityId())) {
            throw new NotFoundException();
        }
        return p;
    }

    Practice forCurator(CurrentUser user, long id) {
        Practice p = readable(user, id);
        Approvals.requireCurator(user, p.getSchoolId());
        return p;
    }

    Practice forModerator(CurrentUser user, long id) {
        Practice p = readable(user, id);
        if (!moderates(user, p.getMunicipalityId())) {
            throw new AccessDeniedException("not the municipality's methodologist");
        }
        return p;
    }

    /** The school the curator writes a new practice for (404 outside the scope, 403 for another role). */
    SchoolSummary schoolForNew(CurrentUser user, long schoolId) {
        SchoolSummary school = schools.find(user, schoolId).orElseThrow(NotFoundException::new);
        Approvals.requireCurator(user, schoolId);
        return school;
    }

    // --- reading ---------------------------------------------------------------------------------------------

    Map<Long, String> formNames() {
        return forms.formNames();
    }

    /** The practices the user sees: a curator's schools (every state), a municipality's, or all. */
    @Transactional(readOnly = true)
    List<Row> rows(CurrentUser user) {
        List<Practice> list;
        if (user.seesAllMunicipalities()) {
            list = practices.everything();
        } else if (user.seesWholeMunicipality()) {
            list = practices.findByMunicipalityIdOrderByUpdatedAtDesc(user.municipalityId());
        } else if (!user.schoolIds().isEmpty()) {
            list = practices.findBySchoolIdInOrderByUpdatedAtDesc(user.schoolIds());
        } else {
            list = List.of();
        }
        Map<Long, String> names = schoolNames(list.stream().map(Practice::getSchoolId).collect(Collectors.toSet()));
        return list.stream().map(p -> new Row(p.getId(), p.getTitle(), p.getSchoolId(), names.get(p.getSchoolId()),
                p.getStatus(), local(p.getStatusChangedAt()), p.getLevel())).toList();
    }

    @Transactional(readOnly = true)
    PracticeView view(CurrentUser user, long id) {
        return view(readable(user, id), true);
    }

    /** A published practice for the public (404 for any other). */
    @Transactional(readOnly = true)
    PracticeView publicView(long id) {
        Practice p = practices.findById(id).filter(x -> x.getStatus() == ApprovalStatus.APPROVED)
                .orElseThrow(NotFoundException::new);
        return view(p, false);
    }

    private PracticeView view(Practice p, boolean internal) {
        String school = schoolNames(List.of(p.getSchoolId())).getOrDefault(p.getSchoolId(), "");
        List<FileView> fileViews = files.rowsOf(p.getId()).stream()
                .map(f -> new FileView(f.getId(), f.getFileName(), f.getContentType(), f.getSizeBytes())).toList();
        List<EventView> presented = eventViews(events.presenting(p.getId()));
        return new PracticeView(p.getId(), p.getSchoolId(), school, p.getMunicipalityId(), p.getTitle(),
                p.getFormId(), p.getFormId() == null ? null : forms.formNames().get(p.getFormId()), p.getRoleModel(),
                p.getProblem(), p.getGoal(), p.getParticipants(), p.getPeriodStart(), p.getPeriodEnd(),
                p.getDescription(), p.getResources(), p.getResults(), p.getEffectiveness(), p.getUniqueness(),
                p.getReplicability(), p.getScalability(), p.isPublishConsent(), p.getLevel(), p.getContestTitle(),
                p.getContestYear(), p.getStatus(), local(p.getStatusChangedAt()), local(p.getPublishedAt()),
                p.getVersion(), fileViews, presented,
                internal ? approvals.returnComment(Practice.KIND, p.getId(), p.getStatus()).orElse(null) : null,
                internal ? approvals.history(Practice.KIND, p.getId()) : List.of());
    }

    /** The search and filters of the public catalogue. */
    record Filter(String q, Long form, Long school, Integer year, PracticeLevel level) {

        boolean any() {
            return (q != null && !q.isBlank()) || form != null || school != null || year != null || level != null;
        }
    }

    /** Published practices matching the filter, newest publication first. */
    @Transactional(readOnly = true)
    Page<CatalogueItem> catalogue(Filter f, Pageable pageable) {
        Specification<Practice> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("approval").get("status"), ApprovalStatus.APPROVED));
            if (f.q() != null && !f.q().isBlank()) {
                String like = "%" + escape(f.q().strip().toLowerCase(Locale.ROOT)) + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("title")), like, '\\'),
                        cb.like(cb.lower(root.get("description")), like, '\\')));
            }
            if (f.form() != null) {
                where.add(cb.equal(root.get("formId"), f.form()));
            }
            if (f.school() != null) {
                where.add(cb.equal(root.get("schoolId"), f.school()));
            }
            if (f.level() != null) {
                where.add(cb.equal(root.get("practiceLevel"), f.level()));
            }
            if (f.year() != null) {
                // a practice ran in the year when its period touches it; a winner without a period by its contest year
                LocalDate first = LocalDate.of(f.year(), 1, 1);
                LocalDate last = LocalDate.of(f.year(), 12, 31);
                where.add(cb.or(
                        cb.and(cb.isNotNull(root.get("periodStart")),
                                cb.lessThanOrEqualTo(root.<LocalDate>get("periodStart"), last),
                                cb.or(cb.isNull(root.get("periodEnd")),
                                        cb.greaterThanOrEqualTo(root.<LocalDate>get("periodEnd"), first))),
                        cb.and(cb.isNull(root.get("periodStart")), cb.equal(root.get("contestYear"), f.year()))));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Page<Practice> page = practices.findAll(spec, pageable);
        Map<Long, String> names = schoolNames(page.getContent().stream().map(Practice::getSchoolId)
                .collect(Collectors.toSet()));
        Map<Long, String> formNames = forms.formNames();
        return page.map(p -> new CatalogueItem(p.getId(), p.getTitle(), p.getSchoolId(), names.get(p.getSchoolId()),
                p.getFormId() == null ? null : formNames.get(p.getFormId()), p.getLevel(), p.getPeriodStart(),
                p.getPeriodEnd(), summary(p.getDescription()), p.getContestTitle() != null));
    }

    /** The schools with a published practice, for the catalogue's school filter. */
    @Transactional(readOnly = true)
    List<SchoolSummary> schoolsWithPublished() {
        Set<Long> ids = practices.findAll((root, query, cb) -> cb.equal(root.get("approval").get("status"),
                ApprovalStatus.APPROVED)).stream().map(Practice::getSchoolId).collect(Collectors.toSet());
        return ids.isEmpty() ? List.of() : schools.summariesOf(ids);
    }

    /** A school's published practices for its public page. */
    @Transactional(readOnly = true)
    List<PracticeLink> publishedLinks(long schoolId) {
        return practices.findBySchoolIdAndApprovalStatusOrderByPublishedAtDescIdDesc(schoolId, ApprovalStatus.APPROVED)
                .stream().map(p -> new PracticeLink(p.getId(), p.getTitle())).toList();
    }

    /** The municipality's published practices, for an event's choice. */
    @Transactional(readOnly = true)
    List<PracticeLink> publishedInMunicipality(long municipalityId) {
        return practices.findByMunicipalityIdAndApprovalStatusOrderByTitle(municipalityId, ApprovalStatus.APPROVED).stream()
                .map(p -> new PracticeLink(p.getId(), p.getTitle())).toList();
    }

    /** Events, with their schools' names and their published practices only. */
    List<EventView> eventViews(List<PracticeEvent> list) {
        Set<Long> schoolIds = list.stream().flatMap(e -> e.getSchoolIds().stream()).collect(Collectors.toSet());
        Set<Long> practiceIds = list.stream().flatMap(e -> e.getPracticeIds().stream()).collect(Collectors.toSet());
        Map<Long, String> names = schoolNames(schoolIds);
        Map<Long, Practice> published = practiceIds.isEmpty() ? Map.of()
                : practices.findByIdInAndApprovalStatusOrderByTitle(practiceIds, ApprovalStatus.APPROVED).stream()
                        .collect(Collectors.toMap(Practice::getId, Function.identity()));
        return list.stream().map(e -> new EventView(e.getId(), e.getTitle(), e.getKind(), e.getEventDate(),
                e.getPlace(), e.getDescription(),
                e.getSchoolIds().stream().map(names::get).filter(Objects::nonNull).sorted().toList(),
                e.getPracticeIds().stream().map(published::get).filter(Objects::nonNull)
                        .map(p -> new PracticeLink(p.getId(), p.getTitle()))
                        .sorted(java.util.Comparator.comparing(PracticeLink::title)).toList(),
                e.getVersion())).toList();
    }

    // --- changing --------------------------------------------------------------------------------------------

    @Transactional
    long create(CurrentUser user, long schoolId, Practice.Passport passport) {
        SchoolSummary school = schoolForNew(user, schoolId);
        checkForm(passport);
        Practice p = new Practice(school.id(), school.municipalityId(), clock.instant());
        p.apply(passport);
        return practices.save(p).getId();
    }

    @Transactional
    void edit(CurrentUser user, long id, long version, Practice.Passport passport) {
        Practice p = forCurator(user, id);
        Approval.checkVersion(version, p.getVersion());
        checkForm(passport);
        p.edit(passport, clock.instant());
    }

    @Transactional
    void submit(CurrentUser user, long id, long version) {
        Practice p = forCurator(user, id);
        Approval.checkVersion(version, p.getVersion());
        approvals.record(subject(p), p.submit(Actor.of(user), clock.instant()));
    }

    @Transactional
    void publish(CurrentUser user, long id, long version, String comment) {
        Practice p = forModerator(user, id);
        Approval.checkVersion(version, p.getVersion());
        approvals.record(subject(p), p.publish(comment, Actor.of(user), clock.instant()));
    }

    @Transactional
    void returnForRework(CurrentUser user, long id, long version, String comment) {
        Practice p = forModerator(user, id);
        Approval.checkVersion(version, p.getVersion());
        approvals.record(subject(p), p.returnForRework(comment, Actor.of(user), clock.instant()));
    }

    /** The moderator sets the level the practice is known at (school, municipal, regional). */
    @Transactional
    void setLevel(CurrentUser user, long id, long version, PracticeLevel level) {
        Practice p = forModerator(user, id);
        Approval.checkVersion(version, p.getVersion());
        p.setLevel(level);
    }

    // --- files -----------------------------------------------------------------------------------------------

    /** What a file's first bytes must be for its declared type. */
    enum Kind {
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, "pdf"),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "png"),
        JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg");

        final String contentType;
        final byte[] magic;
        final String[] extensions;

        Kind(String contentType, byte[] magic, String... extensions) {
            this.contentType = contentType;
            this.magic = magic;
            this.extensions = extensions;
        }

        static Kind of(String fileName, byte[] bytes) {
            int dot = fileName.lastIndexOf('.');
            String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
            for (Kind k : values()) {
                if (Arrays.asList(k.extensions).contains(ext)) {
                    if (bytes.length < k.magic.length
                            || !Arrays.equals(Arrays.copyOf(bytes, k.magic.length), k.magic)) {
                        throw new ApprovalRuleException("practice.file.content");
                    }
                    return k;
                }
            }
            throw new ApprovalRuleException("practice.file.type");
        }
    }

    /** Adds a material to a draft or returned practice: PDF, PNG or JPEG, up to 5 MB, up to 10 files. */
    @Transactional
    long addFile(CurrentUser user, long id, String originalName, byte[] bytes) {
        Practice p = forCurator(user, id);
        if (!p.getStatus().editable()) {
            throw new ApprovalRuleException("practice.notEditable");
        }
        if (bytes == null || bytes.length == 0) {
            throw new ApprovalRuleException("practice.file.empty");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ApprovalRuleException("practice.file.tooLarge");
        }
        if (files.countByPracticeId(id) >= MAX_FILES) {
            throw new ApprovalRuleException("practice.file.tooMany");
        }
        String name = safeName(originalName);
        Kind kind = Kind.of(name, bytes);
        return files.save(new PracticeFile(id, p.getSchoolId(), name, kind.contentType, bytes, clock.instant()))
                .getId();
    }

    /** Removes a material of a draft or returned practice; returns the practice's id. */
    @Transactional
    long deleteFile(CurrentUser user, long fileId) {
        PracticeFile f = files.findById(fileId).orElseThrow(NotFoundException::new);
        Practice p = forCurator(user, f.getPracticeId());
        if (!p.getStatus().editable()) {
            throw new ApprovalRuleException("practice.notEditable");
        }
        files.delete(f);
        return p.getId();
    }

    /** A file as its reader may have it: within the user's scope. */
    @Transactional(readOnly = true)
    Download file(CurrentUser user, long fileId) {
        PracticeFile f = files.findById(fileId).orElseThrow(NotFoundException::new);
        readable(user, f.getPracticeId());
        return new Download(f.getFileName(), f.getContentType(), f.getContent());
    }

    /** A file of a published practice, for the public. */
    @Transactional(readOnly = true)
    Download publicFile(long fileId) {
        PracticeFile f = files.findById(fileId).orElseThrow(NotFoundException::new);
        practices.findById(f.getPracticeId()).filter(p -> p.getStatus() == ApprovalStatus.APPROVED)
                .orElseThrow(NotFoundException::new);
        return new Download(f.getFileName(), f.getContentType(), f.getContent());
    }

    record Download(String fileName, String contentType, byte[] bytes) {}

    static String safeName(String original) {
        if (original == null || original.isBlank()) {
            throw new ApprovalRuleException("practice.file.noName");
        }
        String n = original;
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        n = n.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (n.isEmpty() || n.startsWith(".")) {
            throw new ApprovalRuleException("practice.file.noName");
        }
        return n.length() > 120 ? n.substring(n.length() - 120) : n;
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private void checkForm(Practice.Passport passport) {
        if (passport.formId() != null && !forms.formNames().containsKey(passport.formId())) {
            throw new ApprovalRuleException("practice.form.unknown");
        }
    }

    private static Approvals.Subject subject(Practice p) {
        return new Approvals.Subject(Practice.KIND, p.getId(), p.getSchoolId(), p.getMunicipalityId());
    }

    Map<Long, String> schoolNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return schools.summariesOf(ids).stream().collect(Collectors.toMap(SchoolSummary::id,
                SchoolSummary::shortName, (a, b) -> a));
    }

    private LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, clock.getZone());
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static String summary(String description) {
        if (description == null) {
            return null;
        }
        String s = description.strip().replaceAll("\\s+", " ");
        return s.length() > 280 ? s.substring(0, 279) + "…" : s;
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
