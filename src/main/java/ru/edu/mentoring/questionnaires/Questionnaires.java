package ru.edu.mentoring.questionnaires;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.meetings.PairFinished;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.PlainText;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * The questionnaires module's service: templates and their versions, one-time links, answers by link, on paper and
 * by the curator, the SWOT analysis, and the exit wave offered when a pair ends. Pairs are read through the views
 * pairing publishes; no person is ever linked to an answer.
 */
@Service
public class Questionnaires {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int TEXT_MAX = 2000;

    private final TemplateRepository templates;
    private final LinkRepository links;
    private final ResponseRepository responses;
    private final SwotRepository swots;
    private final ExitOfferRepository offers;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration linkValidity;

    Questionnaires(TemplateRepository templates, LinkRepository links, ResponseRepository responses,
            SwotRepository swots, ExitOfferRepository offers, JdbcTemplate jdbc, Clock clock,
            @Value("${app.questionnaires.link-validity:P30D}") Duration linkValidity) {
        this.templates = templates;
        this.links = links;
        this.responses = responses;
        this.swots = swots;
        this.offers = offers;
        this.jdbc = jdbc;
        this.clock = clock;
        this.linkValidity = linkValidity;
    }

    /** A pair or group as this module reads it from pairing's published views. */
    public record PairInfo(long id, long schoolId, long municipalityId, long formId, String formName, String status,
            int mentees) {}

    /** A form of mentoring that has questionnaires. */
    public record FormOption(long id, String name) {}

    /** A link just issued: its raw token exists only in this value (the database keeps the hash). */
    public record IssuedLink(long id, String token, Respondent respondent, int slot, Wave wave, Instant expiresAt,
            String title) {}

    /** What a link's token opens. */
    enum LinkState { UNKNOWN, ANSWERED, CLOSED, OPEN }

    record Opened(LinkState state, QuestionnaireLink link, QuestionnaireTemplate template) {}

    /** The outcome of a submitted questionnaire: the saved response, else the errors by question id or form. */
    record Outcome(Long responseId, Map<Long, String> errors, String refusal) {

        static Outcome refused(String key) {
            return new Outcome(null, Map.of(), key);
        }

        boolean saved() {
            return responseId != null;
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    int currentYear() {
        return AcademicYear.of(today());
    }

    @Transactional(readOnly = true)
    public PairInfo pair(long pairId) {
        List<PairInfo> found = jdbc.query("select p.id, p.school_id, s.municipality_id, p.form_id, f.name, p.status,"
                + " (select count(*) from pairing_pair_mentee_v m where m.pair_id = p.id)"
                + " from pairing_pair_v p join pairing_form_v f on f.id = p.form_id"
                + " join schools_school_v s on s.id = p.school_id where p.id = ?",
                (rs, i) -> new PairInfo(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7)), pairId);
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }

    /** The forms of mentoring with a mentee or mentor questionnaire, in the catalogue's order. */
    @Transactional(readOnly = true)
    public List<FormOption> forms() {
        return jdbc.query("select f.id, f.name from pairing_form_v f where f.id in (select form_id from"
                + " questionnaire_template where form_id is not null) order by f.id",
                (rs, i) -> new FormOption(rs.getLong(1), rs.getString(2)));
    }

    /** The form names by id (every form of the catalogue). */
    @Transactional(readOnly = true)
    public Map<Long, String> formNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.query("select id, name from pairing_form_v order by id", rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
    }

    // ---- templates

    /** The version in use for a municipality: its own latest version, else the latest national one. */
    @Transactional(readOnly = true)
    public Optional<QuestionnaireTemplate> current(long municipalityId, Long formId, Respondent respondent) {
        List<Long> ids = jdbc.queryForList("select id from questionnaire_template where respondent = ?"
                + " and coalesce(form_id, 0) = ? and (municipality_id = ? or municipality_id is null)"
                + " order by municipality_id nulls last, version_no desc limit 1", Long.class, respondent.name(),
                formId == null ? 0L : formId, municipalityId);
        return ids.isEmpty() ? Optional.empty() : Optional.of(template(ids.get(0)));
    }

    @Transactional(readOnly = true)
    public QuestionnaireTemplate template(long id) {
        QuestionnaireTemplate t = templates.findById(id).orElseThrow(NotFoundException::new);
        t.getQuestions().size();
        return t;
    }

    @Transactional(readOnly = true)
    List<QuestionnaireTemplate> allTemplates() {
        return templates.findAllByOrderByRespondentAscFormIdAscVersionNoDesc();
    }

    /** How many answers a template version has. */
    @Transactional(readOnly = true)
    long answersOf(long templateId) {
        return jdbc.queryForObject("select count(*) from questionnaire_response where template_id = ?", Long.class,
                templateId);
    }

    /** A question of an edited version: an existing one (its id, text, options, removed) or a new one. */
    record QuestionEdit(Long questionId, String text, String options, boolean remove) {}

    /**
     * Saves an edit of a template as a new version of the editor's municipality (the administrator's: a national
     * one); the version edited must be the one in use, else the edit is stale. Existing questions keep their kind and
     * metric key, so the aggregates follow them across versions.
     */
    @Transactional
    public long newVersion(long editedId, long versionSeen, Long municipalityId, String title,
            List<QuestionEdit> edits, QuestionKind newKind, String newText, String newOptions, long userId) {
        QuestionnaireTemplate edited = template(editedId);
        Integer latest = jdbc.queryForObject("select max(version_no) from questionnaire_template where respondent = ?"
                + " and coalesce(form_id, 0) = ?", Integer.class, edited.getRespondent().name(),
                edited.getFormId() == null ? 0L : edited.getFormId());
        if (versionSeen != edited.getVersionNo() || latest != edited.getVersionNo()) {
            throw new StaleVersionException((long) (latest == null ? 0 : latest));
        }
        QuestionnaireTemplate next = new QuestionnaireTemplate(edited.getFormId(), edited.getRespondent(),
                municipalityId, latest + 1, title, edited.getSourceNote(), userId);
        Map<Long, TemplateQuestion> byId = new LinkedHashMap<>();
        edited.getQuestions().forEach(q -> byId.put(q.getId(), q));
        int position = 0;
        for (QuestionEdit e : edits) {
            TemplateQuestion q = byId.get(e.questionId());
            if (q == null || e.remove()) {
                continue;
            }
            position += 10;
            String options = q.getKind() == QuestionKind.CHOICE && e.options() != null && !e.options().isBlank()
                    ? e.options().strip() : q.getOptions();
            next.getQuestions().add(new TemplateQuestion(position, q.getKind(), q.getMetricKey(), e.text().strip(),
                    options, q.isRequired()));
        }
        if (newText != null && !newText.isBlank() && newKind != null) {
            position += 10;
            String metric = "custom_" + Long.toString(System.currentTimeMillis(), 36);
            next.getQuestions().add(new TemplateQuestion(position, newKind, metric, newText.strip(),
                    newKind == QuestionKind.CHOICE ? newOptions : null, newKind != QuestionKind.TEXT));
        }
        return templates.save(next).getId();
    }

    // ---- links

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a respondent of the pair already answered the wave. */
    @Transactional(readOnly = true)
    public boolean answered(long pairId, Respondent respondent, int slot, Wave wave) {
        return responses.existsByPairIdAndRespondentAndSlotAndWave(pairId, respondent, slot, wave);
    }

    /** The message key of the reason a respondent or wave cannot be asked, else empty. */
    @Transactional(readOnly = true)
    Optional<String> problem(PairInfo pair, Respondent respondent, int slot, Wave wave) {
        if (respondent == null || respondent == Respondent.CURATOR || wave == null || wave == Wave.PROCESS) {
            return Optional.of("questionnaire.error.respondent");
        }
        int max = respondent == Respondent.MENTOR ? 1 : Math.max(1, pair.mentees());
        if (slot < 1 || slot > max) {
            return Optional.of("questionnaire.error.respondent");
        }
        if (current(pair.municipalityId(), pair.formId(), respondent).isEmpty()) {
            return Optional.of("questionnaire.error.noTemplate");
        }
        if ("DRAFT".equals(pair.status())) {
            return Optional.of("questionnaire.error.draft");
        }
        if (answered(pair.id(), respondent, slot, wave)) {
            return Optional.of("questionnaire.error.answered");
        }
        return Optional.empty();
    }

    /**
     * Issues a one-time link (a random 256-bit token, only its SHA-256 kept) for a respondent and wave; an earlier
     * unused link of the same respondent and wave stops working.
     */
    @Transactional
    public IssuedLink issue(PairInfo pair, Respondent respondent, int slot, Wave wave, Long userId) {
        QuestionnaireTemplate template = current(pair.municipalityId(), pair.formId(), respondent)
                .orElseThrow(NotFoundException::new);
        Instant now = Instant.now(clock);
        for (QuestionnaireLink old : links.findByPairIdOrderByCreatedAtDesc(pair.id())) {
            if (old.getRespondent() == respondent && old.getSlot() == slot && old.getWave() == wave
                    && old.getUsedAt() == null && old.getRevokedAt() == null) {
                old.revoke(now);
            }
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        QuestionnaireLink link = links.save(new QuestionnaireLink(hash(token), pair.id(), pair.schoolId(), respondent,
                slot, wave, template.getId(), now.plus(linkValidity), userId));
        return new IssuedLink(link.getId(), token, respondent, slot, wave, link.getExpiresAt(), template.getTitle());
    }

    @Transactional(readOnly = true)
    public List<QuestionnaireLink> links(long pairId) {
        return links.findByPairIdOrderByCreatedAtDesc(pairId);
    }

    /** What a token opens; an unknown, used, revoked or expired one opens no data. */
    @Transactional(readOnly = true)
    Opened open(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return new Opened(LinkState.UNKNOWN, null, null);
        }
        Optional<QuestionnaireLink> found = links.findByTokenHash(hash(token));
        if (found.isEmpty()) {
            return new Opened(LinkState.UNKNOWN, null, null);
        }
        QuestionnaireLink link = found.get();
        if (link.getUsedAt() != null
                || answered(link.getPairId(), link.getRespondent(), link.getSlot(), link.getWave())) {
            return new Opened(LinkState.ANSWERED, link, null);
        }
        if (link.getRevokedAt() != null || !link.getExpiresAt().isAfter(Instant.now(clock))) {
            return new Opened(LinkState.CLOSED, link, null);
        }
        return new Opened(LinkState.OPEN, link, template(link.getTemplateId()));
    }

    /** Saves the answer given through a link, once: the link is marked used in the same transaction. */
    @Transactional
    Outcome submitByLink(String token, Map<String, String> raw) {
        Opened opened = open(token);
        if (opened.state() != LinkState.OPEN) {
            return Outcome.refused(opened.state() == LinkState.ANSWERED ? "questionnaire.link.answered"
                    : "questionnaire.link.closed");
        }
        QuestionnaireLink link = opened.link();
        Map<Long, String> errors = new LinkedHashMap<>();
        List<Answer> answers = answers(opened.template(), raw, errors);
        if (!errors.isEmpty()) {
            return new Outcome(null, errors, null);
        }
        int marked = jdbc.update("update questionnaire_link set used_at = now() where id = ? and used_at is null"
                + " and revoked_at is null and expires_at > now()", link.getId());
        if (marked != 1) {
            return Outcome.refused("questionnaire.link.answered");
        }
        PairInfo pair = pair(link.getPairId());
        QuestionnaireResponse response = new QuestionnaireResponse(link.getTemplateId(), link.getSchoolId(),
                link.getPairId(), pair.formId(), link.getRespondent(), link.getSlot(), link.getWave(), currentYear(),
                "LINK", null);
        response.getAnswers().addAll(answers);
        return new Outcome(responses.saveAndFlush(response).getId(), Map.of(), null);
    }

    /** Saves a paper answer typed in by the curator, once per respondent and wave. */
    @Transactional
    Outcome submitPaper(PairInfo pair, Respondent respondent, int slot, Wave wave, Map<String, String> raw,
            long userId) {
        Optional<String> problem = problem(pair, respondent, slot, wave);
        if (problem.isPresent()) {
            return Outcome.refused(problem.get());
        }
        QuestionnaireTemplate template = current(pair.municipalityId(), pair.formId(), respondent).orElseThrow();
        Map<Long, String> errors = new LinkedHashMap<>();
        List<Answer> answers = answers(template, raw, errors);
        if (!errors.isEmpty()) {
            return new Outcome(null, errors, null);
        }
        QuestionnaireResponse response = new QuestionnaireResponse(template.getId(), pair.schoolId(), pair.id(),
                pair.formId(), respondent, slot, wave, currentYear(), "PAPER", userId);
        response.getAnswers().addAll(answers);
        return new Outcome(responses.saveAndFlush(response).getId(), Map.of(), null);
    }

    /** Saves the curator's own questionnaire of the year (a new answer replaces the year's previous one). */
    @Transactional
    Outcome submitCurator(long schoolId, long municipalityId, Map<String, String> raw, long userId) {
        QuestionnaireTemplate template = current(municipalityId, null, Respondent.CURATOR)
                .orElseThrow(NotFoundException::new);
        Map<Long, String> errors = new LinkedHashMap<>();
        List<Answer> answers = answers(template, raw, errors);
        if (!errors.isEmpty()) {
            return new Outcome(null, errors, null);
        }
        int year = currentYear();
        responses.findBySchoolIdAndAcademicYearAndRespondent(schoolId, year, Respondent.CURATOR)
                .ifPresent(r -> {
                    responses.delete(r);
                    responses.flush();
                });
        QuestionnaireResponse response = new QuestionnaireResponse(template.getId(), schoolId, null, null,
                Respondent.CURATOR, 1, Wave.PROCESS, year, "CURATOR", userId);
        response.getAnswers().addAll(answers);
        return new Outcome(responses.saveAndFlush(response).getId(), Map.of(), null);
    }

    /** The answers to a template from the form's values (by question id), each checked; errors by question id. */
    static List<Answer> answers(QuestionnaireTemplate template, Map<String, String> raw, Map<Long, String> errors) {
        List<Answer> answers = new ArrayList<>();
        for (TemplateQuestion q : template.getQuestions()) {
            String value = raw == null ? null : raw.get(String.valueOf(q.getId()));
            value = value == null ? null : value.strip();
            if (value == null || value.isEmpty()) {
                if (q.isRequired()) {
                    errors.put(q.getId(), "questionnaire.answer.required");
                }
                continue;
            }
            switch (q.getKind()) {
                case SCALE -> {
                    Integer n = value.matches("\\d{1,2}") ? Integer.valueOf(value) : null;
                    if (n == null || n < 1 || n > 10) {
                        errors.put(q.getId(), "questionnaire.answer.scale");
                    } else {
                        answers.add(new Answer(q.getId(), q.getMetricKey(), n, null, null, null));
                    }
                }
                case YES_NO -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        errors.put(q.getId(), "questionnaire.answer.invalid");
                    } else {
                        answers.add(new Answer(q.getId(), q.getMetricKey(), null, Boolean.valueOf(value), null, null));
                    }
                }
                case CHOICE -> {
                    if (!q.getChoices().contains(value)) {
                        errors.put(q.getId(), "questionnaire.answer.invalid");
                    } else {
                        answers.add(new Answer(q.getId(), q.getMetricKey(), null, null, value, null));
                    }
                }
                case TEXT -> {
                    Optional<String> problem = PlainText.Rules.problem(value, true);
                    if (problem.isPresent()) {
                        errors.put(q.getId(), problem.get());
                    } else if (value.length() > TEXT_MAX) {
                        errors.put(q.getId(), "validation.tooLong");
                    } else {
                        answers.add(new Answer(q.getId(), q.getMetricKey(), null, null, null, value));
                    }
                }
            }
        }
        return answers;
    }

    // ---- answers

    @Transactional(readOnly = true)
    public List<QuestionnaireResponse> responses(long pairId) {
        return responses.findByPairIdOrderBySubmittedAtAsc(pairId);
    }

    @Transactional(readOnly = true)
    QuestionnaireResponse response(long id) {
        QuestionnaireResponse r = responses.findById(id).orElseThrow(NotFoundException::new);
        r.getAnswers().size();
        return r;
    }

    @Transactional(readOnly = true)
    Optional<QuestionnaireResponse> curatorResponse(long schoolId, int year) {
        Optional<QuestionnaireResponse> r = responses.findBySchoolIdAndAcademicYearAndRespondent(schoolId, year,
                Respondent.CURATOR);
        r.ifPresent(x -> x.getAnswers().size());
        return r;
    }

    // ---- SWOT

    @Transactional(readOnly = true)
    Optional<SwotAnalysis> swot(long schoolId, long formId, int year) {
        return swots.findBySchoolIdAndFormIdAndAcademicYear(schoolId, formId, year);
    }

    @Transactional(readOnly = true)
    List<SwotAnalysis> swots(long schoolId, int year) {
        return swots.findBySchoolIdAndAcademicYear(schoolId, year);
    }

    /** Saves the year's SWOT analysis of a form; {@code version} is the one the curator saw (-1 for a new one). */
    @Transactional
    void saveSwot(long schoolId, long formId, long version, String strengths, String weaknesses,
            String opportunities, String threats, long userId) {
        int year = currentYear();
        SwotAnalysis swot = swots.findBySchoolIdAndFormIdAndAcademicYear(schoolId, formId, year).orElse(null);
        if (swot == null) {
            if (version != -1) {
                throw new StaleVersionException();
            }
            swot = new SwotAnalysis(schoolId, formId, year);
        } else if (swot.getVersion() != version) {
            throw new StaleVersionException(swot.getVersion());
        }
        swot.update(strengths, weaknesses, opportunities, threats, userId);
        swots.saveAndFlush(swot);
    }

    // ---- the exit wave

    /** A pair ended with its final meeting: its exit wave is offered on the pair's questionnaire page. */
    @EventListener
    void pairFinished(PairFinished event) {
        if (!offers.existsById(event.pairId())) {
            offers.save(new ExitOffer(event.pairId(), event.schoolId(), event.on()));
        }
    }

    @Transactional(readOnly = true)
    Optional<ExitOffer> exitOffer(long pairId) {
        return offers.findById(pairId);
    }

    /** The school's pairs and groups that are running or completed (the curator's list of pairs to ask). */
    @Transactional(readOnly = true)
    List<PairInfo> pairsOf(long schoolId) {
        return jdbc.query("select p.id, p.school_id, s.municipality_id, p.form_id, f.name, p.status,"
                + " (select count(*) from pairing_pair_mentee_v m where m.pair_id = p.id)"
                + " from pairing_pair_v p join pairing_form_v f on f.id = p.form_id"
                + " join schools_school_v s on s.id = p.school_id where p.school_id = ?"
                + " and p.status in ('ACTIVE', 'COMPLETED') order by p.status, p.start_date desc, p.id limit 200",
                (rs, i) -> new PairInfo(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7)), schoolId);
    }
}
