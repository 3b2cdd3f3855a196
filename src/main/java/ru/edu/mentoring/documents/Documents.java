package ru.edu.mentoring.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.documents.DocumentViews.ActView;
import ru.edu.mentoring.documents.DocumentViews.Completeness;
import ru.edu.mentoring.documents.DocumentViews.DocumentView;
import ru.edu.mentoring.documents.DocumentViews.MatrixRow;
import ru.edu.mentoring.documents.DocumentViews.NewsView;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.StaleVersionException;
import ru.edu.mentoring.shared.PlainText;

/**
 * The documents module's service: a school's register (uploaded by its curator, read within the user's scope), its
 * news, the municipality's normative acts (kept by the department) and what the public pages may show.
 */
@Service
public class Documents {

    static final int MAX_TITLE = 300;
    static final int MAX_NEWS_BODY = 8000;

    private final SchoolDocumentRepository documents;
    private final DocumentFileRepository files;
    private final NewsRepository news;
    private final NormativeActRepository acts;
    private final Schools schools;
    private final Clock clock;

    Documents(SchoolDocumentRepository documents, DocumentFileRepository files, NewsRepository news,
            NormativeActRepository acts, Schools schools, Clock clock) {
        this.documents = documents;
        this.files = files;
        this.news = news;
        this.acts = acts;
        this.schools = schools;
        this.clock = clock;
    }

    // --- the public API (demo data, other modules) -----------------------------------------------------------

    /** Files a document in a school's register after the same checks as an upload; for demo data and generated orders. */
    @Transactional
    public long file(long schoolId, DocumentKind kind, String title, String fileName, byte[] bytes, boolean publish,
            String uploadedBy) {
        SchoolSummary school = schools.summariesOf(List.of(schoolId)).stream().findFirst()
                .orElseThrow(NotFoundException::new);
        return store(school, kind, title, UploadCheck.check(fileName, bytes), publish, uploadedBy);
    }

    @Transactional
    public long addNews(long schoolId, String title, LocalDate date, String body) {
        SchoolSummary school = schools.summariesOf(List.of(schoolId)).stream().findFirst()
                .orElseThrow(NotFoundException::new);
        return news.save(new NewsItem(school.id(), school.municipalityId(), title, date, body, clock.instant()))
                .getId();
    }

    /** The kinds of document each given school has in its register (any, published or not): one query. */
    @Transactional(readOnly = true)
    public Map<Long, java.util.Set<DocumentKind>> kindsBySchool(java.util.Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, java.util.Set<DocumentKind>> result = new java.util.HashMap<>();
        documents.findBySchoolIdIn(schoolIds).forEach(d -> result
                .computeIfAbsent(d.getSchoolId(), k -> java.util.EnumSet.noneOf(DocumentKind.class)).add(d.getKind()));
        return result;
    }

    @Transactional(readOnly = true)
    public boolean hasDocuments(long schoolId) {
        return documents.existsBySchoolId(schoolId);
    }

    /** The federal acts every municipality starts with; added once, when the municipality has none. */
    @Transactional
    public void ensureDefaultActs(long municipalityId) {
        if (!acts.findByMunicipalityIdOrderByPositionAscIdAsc(municipalityId).isEmpty()) {
            return;
        }
        addAct(municipalityId, "Распоряжение Минпросвещения России «Об утверждении методологии (целевой модели)"
                + " наставничества обучающихся для организаций, осуществляющих образовательную деятельность по"
                + " общеобразовательным, дополнительным общеобразовательным и программам среднего профессионального"
                + " образования»", "Р-145", LocalDate.of(2019, 12, 25), null);
        addAct(municipalityId, "Письмо Минпросвещения России «О направлении целевой модели наставничества и"
                + " методических рекомендаций»", "МР-42/02", LocalDate.of(2020, 1, 23), null);
        addAct(municipalityId, "Письмо Минпросвещения России «О направлении методических рекомендаций по разработке"
                + " и внедрению системы (целевой модели) наставничества педагогических работников в образовательных"
                + " организациях»", "АЗ-1128/08", LocalDate.of(2021, 12, 21), null);
        addAct(municipalityId, "Распоряжение Правительства Российской Федерации «Об утверждении Концепции развития"
                + " наставничества в Российской Федерации на период до 2030 года»", "1264-р",
                LocalDate.of(2025, 5, 21), null);
    }

    // --- reading ---------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    List<DocumentView> register(long schoolId) {
        return documents.findBySchoolIdOrderByKindAscUploadedAtDesc(schoolId).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    List<DocumentView> publishedDocuments(long schoolId) {
        return documents.findBySchoolIdAndPublishedTrueOrderByKindAscUploadedAtDesc(schoolId).stream()
                .map(this::view).toList();
    }

    @Transactional(readOnly = true)
    List<NewsView> news(long schoolId) {
        return news.findBySchoolIdOrderByDateDescIdDesc(schoolId).stream()
                .map(n -> new NewsView(n.getId(), n.getTitle(), n.getDate(), n.getBody(), n.getVersion())).toList();
    }

    @Transactional(readOnly = true)
    Completeness completeness(long schoolId) {
        return matrix(List.of(schoolId)).get(schoolId);
    }

    /** Completeness of many schools in two queries. */
    @Transactional(readOnly = true)
    Map<Long, Completeness> matrix(List<Long> schoolIds) {
        Map<Long, Set<DocumentKind>> kinds = documents.findBySchoolIdIn(schoolIds).stream().collect(
                Collectors.groupingBy(SchoolDocument::getSchoolId,
                        Collectors.mapping(SchoolDocument::getKind, Collectors.toSet())));
        Set<Long> withNews = new HashSet<>();
        for (Long id : schoolIds) {
            if (!news.findBySchoolIdOrderByDateDescIdDesc(id).isEmpty()) {
                withNews.add(id);
            }
        }
        Map<Long, Completeness> result = new java.util.LinkedHashMap<>();
        for (Long id : schoolIds) {
            Map<DocumentKind, Boolean> row = new EnumMap<>(DocumentKind.class);
            for (DocumentKind k : DocumentKind.requiredKinds()) {
                row.put(k, kinds.getOrDefault(id, Set.of()).contains(k));
            }
            result.put(id, new Completeness(row, withNews.contains(id)));
        }
        return result;
    }

    @Transactional(readOnly = true)
    List<MatrixRow> matrixRows(CurrentUser user) {
        List<SchoolSummary> visible = schools.visibleTo(user);
        Map<Long, Completeness> m = matrix(visible.stream().map(SchoolSummary::id).toList());
        List<MatrixRow> rows = new ArrayList<>();
        for (SchoolSummary s : visible) {
            rows.add(new MatrixRow(s.id(), s.shortName(), m.get(s.id())));
        }
        return rows;
    }

    /** A document the user may read (404 outside the scope). */
    @Transactional(readOnly = true)
    SchoolDocument readable(CurrentUser user, long id) {
        SchoolDocument d = documents.findById(id).orElseThrow(NotFoundException::new);
        if (!user.canRead(d.getSchoolId(), d.getMunicipalityId())) {
            throw new NotFoundException();
        }
        return d;
    }

    /** A published document, for anyone; an unpublished one does not exist for the public. */
    @Transactional(readOnly = true)
    SchoolDocument published(long id) {
        return documents.findById(id).filter(SchoolDocument::isPublished).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    byte[] content(SchoolDocument d) {
        return files.findById(d.getFileId()).map(DocumentFile::getContent).orElseThrow(NotFoundException::new);
    }

    // --- changing (the school's curator) ---------------------------------------------------------------------

    @Transactional
    long upload(CurrentUser user, long schoolId, DocumentKind kind, String title, String originalName, byte[] bytes,
            boolean publish) {
        SchoolSummary school = schools.editable(user, schoolId);
        UploadCheck.Checked checked = UploadCheck.check(originalName, bytes);
        return store(school, kind, title, checked, publish, user.fullName());
    }

    private long store(SchoolSummary school, DocumentKind kind, String title, UploadCheck.Checked checked,
            boolean publish, String uploadedBy) {
        if (kind == null) {
            throw new UploadRejected("document.kind.required");
        }
        String t = title == null || title.isBlank() ? defaultTitle(checked.fileName()) : title.strip();
        if (t.length() > MAX_TITLE) {
            throw new UploadRejected("document.title.tooLong");
        }
        PlainText.Rules.problem(t, false).ifPresent(key -> {
            throw new UploadRejected(key);
        });
        UUID fileId = UUID.randomUUID();
        files.save(new DocumentFile(fileId, checked.bytes()));
        return documents.save(new SchoolDocument(school.id(), school.municipalityId(), kind, t, checked, fileId,
                publish, uploadedBy, clock.instant())).getId();
    }

    private static String defaultTitle(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    @Transactional
    long delete(CurrentUser user, long id, long version) {
        SchoolDocument d = forCurator(user, id);
        if (d.getVersion() != version) {
            throw new StaleVersionException(d.getVersion());
        }
        documents.delete(d);
        documents.flush();
        files.deleteById(d.getFileId());
        return d.getSchoolId();
    }

    @Transactional
    long publish(CurrentUser user, long id, long version, boolean on) {
        SchoolDocument d = forCurator(user, id);
        if (d.getVersion() != version) {
            throw new StaleVersionException(d.getVersion());
        }
        if (on && d.getKind() == DocumentKind.PAIRS_ORDER) {
            throw new UploadRejected("document.publish.pairsOrder");
        }
        d.publish(on);
        return d.getSchoolId();
    }

    SchoolDocument forCurator(CurrentUser user, long id) {
        SchoolDocument d = readable(user, id);
        if (!user.editsSchoolData(d.getSchoolId())) {
            throw new AccessDeniedException("not the school's curator");
        }
        return d;
    }

    @Transactional
    void addNews(CurrentUser user, long schoolId, String title, LocalDate date, String body) {
        SchoolSummary school = schools.editable(user, schoolId);
        news.save(new NewsItem(school.id(), school.municipalityId(), title, date, body, clock.instant()));
    }

    @Transactional
    long deleteNews(CurrentUser user, long id, Long version) {
        NewsItem n = news.findById(id).orElseThrow(NotFoundException::new);
        if (!user.canRead(n.getSchoolId(), n.getMunicipalityId())) {
            throw new NotFoundException();
        }
        if (!user.editsSchoolData(n.getSchoolId())) {
            throw new AccessDeniedException("not the school's curator");
        }
        if (version == null || n.getVersion() != version) {
            throw new StaleVersionException(n.getVersion());
        }
        news.delete(n);
        return n.getSchoolId();
    }

    // --- normative acts (the department) ---------------------------------------------------------------------

    @Transactional(readOnly = true)
    List<ActView> acts(long municipalityId) {
        return acts.findByMunicipalityIdOrderByPositionAscIdAsc(municipalityId).stream().map(Documents::view)
                .toList();
    }

    @Transactional(readOnly = true)
    ActView act(CurrentUser user, long id) {
        return view(actForDepartment(user, id));
    }

    static boolean keepsActsOf(CurrentUser user, long municipalityId) {
        return user.has(Role.DEPARTMENT) && user.municipalityId() != null && user.municipalityId() == municipalityId;
    }

    @Transactional
    void addAct(CurrentUser user, long municipalityId, ActForm form) {
        if (!keepsActsOf(user, municipalityId)) {
            throw new AccessDeniedException("not the municipality's department");
        }
        addAct(municipalityId, form.getTitle(), form.getNumber(), form.getActDate(), form.getLink());
    }

    private void addAct(long municipalityId, String title, String number, LocalDate date, String link) {
        int position = acts.findByMunicipalityIdOrderByPositionAscIdAsc(municipalityId).stream()
                .mapToInt(NormativeAct::getPosition).max().orElse(0) + 1;
        NormativeAct act = new NormativeAct(municipalityId, position);
        act.update(title, number, date, link);
        acts.save(act);
    }

    @Transactional
    long updateAct(CurrentUser user, long id, ActForm form) {
        NormativeAct act = actForDepartment(user, id);
        if (form.getVersion() == null || act.getVersion() != form.getVersion()) {
            throw new StaleVersionException(act.getVersion());
        }
        act.update(form.getTitle(), form.getNumber(), form.getActDate(), form.getLink());
        return act.getMunicipalityId();
    }

    @Transactional
    long deleteAct(CurrentUser user, long id, long version) {
        NormativeAct act = actForDepartment(user, id);
        if (act.getVersion() != version) {
            throw new StaleVersionException(act.getVersion());
        }
        acts.delete(act);
        return act.getMunicipalityId();
    }

    private NormativeAct actForDepartment(CurrentUser user, long id) {
        NormativeAct act = acts.findById(id).orElseThrow(NotFoundException::new);
        if (!user.readsMunicipality(act.getMunicipalityId())
                && !java.util.Objects.equals(user.municipalityId(), act.getMunicipalityId())) {
            throw new NotFoundException();
        }
        if (!keepsActsOf(user, act.getMunicipalityId())) {
            throw new AccessDeniedException("not the municipality's department");
        }
        return act;
    }

    // --- views -----------------------------------------------------------------------------------------------

    private DocumentView view(SchoolDocument d) {
        return new DocumentView(d.getId(), d.getKind(), d.getTitle(), d.getFileName(), d.getFileType(),
                d.getSizeBytes(), d.isPublished(), d.getUploadedBy(),
                LocalDateTime.ofInstant(d.getUploadedAt(), clock.getZone()), d.getVersion());
    }

    private static ActView view(NormativeAct a) {
        return new ActView(a.getId(), a.getTitle(), a.getNumber(), a.getActDate(), a.getLink(), a.getVersion());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }
}
