package ru.edu.mentoring.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import ru.edu.mentoring.pairing.Pairing;
import ru.edu.mentoring.accounts.PersonNames;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.PersonAnonymised;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.web.Pdf;
import ru.edu.mentoring.shared.RussianNames;

/**
 * Generated orders on fixing pairs (приказ о закреплении) in the usual form of a Russian order: rendered as PDF, filed in the school's register with the
 * pairs they list ({@code pair_order_pair}), and re-issued under the pseudonym when a person they name is anonymised,
 * so that no generated file keeps the name of a person whose data were destroyed. The editable DOCX of a filed order is
 * made on request from the same data and never stored.
 */
@Service
public class PairOrders implements ru.edu.mentoring.people.PersonDocuments {

    /** Orders are official documents of a Russian school: always rendered in Russian. */
    static final Locale RU = Locale.forLanguageTag("ru");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcTemplate jdbc;
    private final Pairing pairing;
    private final Schools schools;
    private final People people;
    private final Pdf pdf;
    private final MessageSource messages;

    PairOrders(JdbcTemplate jdbc, Pairing pairing, Schools schools, People people, Pdf pdf, MessageSource messages) {
        this.jdbc = jdbc;
        this.pairing = pairing;
        this.schools = schools;
        this.people = people;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** The order as a PDF (serif 14 pt, the margins of a Russian order, the font embedded). */
    byte[] render(SchoolSummary school, String number, LocalDate date, List<Pairing.PairLine> pairs) {
        Context context = new Context(RU);
        context.setVariable("order", text(school, number, date, pairs));
        return pdf.render("documents/pair-order-pdf", context);
    }

    /** The same order as an editable DOCX (Times New Roman 14 pt), for the head to correct before signing. */
    byte[] renderDocx(SchoolSummary school, String number, LocalDate date, List<Pairing.PairLine> pairs) {
        return PairOrderDocx.render(text(school, number, date, pairs));
    }

    /**
     * A filed order as a DOCX, made from today's data like a re-issued PDF (an anonymised person under the pseudonym),
     * so that no DOCX is stored and none can outlive a person's anonymisation; empty when the document is no generated
     * order.
     */
    @Transactional(readOnly = true)
    java.util.Optional<byte[]> docx(long documentId) {
        List<Long> pairIds = pairsOf(documentId);
        var school = jdbc.queryForList("select school_id from school_document where id = ? and kind = 'PAIRS_ORDER'",
                Long.class, documentId).stream().findFirst()
                .flatMap(id -> schools.summariesOf(List.of(id)).stream().findFirst());
        if (school.isEmpty()) {
            return java.util.Optional.empty();
        }
        var order = pairing.orderLines(pairIds);
        return java.util.Optional.of(renderDocx(school.get(), order.map(Pairing.OrderLines::number).orElse(null),
                order.map(Pairing.OrderLines::date).orElse(null),
                order.map(Pairing.OrderLines::lines).orElse(List.of())));
    }

    /** Every phrase of the order in Russian, names in their case, students with their class in the order's year. */
    PairOrderText text(SchoolSummary school, String number, LocalDate date, List<Pairing.PairLine> pairs) {
        LocalDate asOf = date != null ? date : people.today();
        Set<Long> ids = new java.util.HashSet<>();
        pairs.forEach(p -> {
            ids.add(p.mentorId());
            ids.addAll(p.menteeIds());
        });
        Map<Long, People.OrderRole> roles = people.orderRoles(ids, AcademicYear.of(asOf));
        List<PairOrderText.Row> rows = new ArrayList<>();
        java.util.LinkedHashSet<String> acquainted = new java.util.LinkedHashSet<>();
        int n = 0;
        for (Pairing.PairLine p : pairs) {
            List<PairOrderText.Person> mentees = new ArrayList<>();
            for (int i = 0; i < p.menteeIds().size(); i++) {
                mentees.add(new PairOrderText.Person(p.menteeNames().get(i), role(roles.get(p.menteeIds().get(i)))));
            }
            rows.add(new PairOrderText.Row(++n, new PairOrderText.Person(p.mentorName(), role(roles.get(p.mentorId()))),
                    mentees, p.formName(), p.plannedEnd() == null
                            ? msg("pairOrder.doc.periodOpen", day(p.startDate()))
                            : msg("pairOrder.doc.period", day(p.startDate()), day(p.plannedEnd()))));
            acquainted.add(signer(p.mentorName()));
        }
        String curator = school.curatorName();
        if (curator != null && !curator.isBlank()) {
            acquainted.add(signer(curator));
        }
        String head = school.headName();
        return new PairOrderText(school.fullName(), msg("pairOrder.pdf.heading"),
                PlaceOfIssue.of(schools.addressOf(school.id()).orElse(null), school.municipalityName()),
                date == null ? msg("pairOrder.doc.blankDate") : day(date),
                msg("pairOrder.doc.number", number == null || number.isBlank() ? msg("pairOrder.doc.blankNumber")
                        : number),
                msg("pairOrder.pdf.subject"), msg("pairOrder.pdf.basis"), msg("pairOrder.pdf.order"),
                msg("pairOrder.pdf.item1"),
                List.of(msg("pairOrder.pdf.col.number"), msg("pairOrder.doc.col.mentor"),
                        msg("pairOrder.doc.col.mentee"), msg("pairOrder.doc.col.form"),
                        msg("pairOrder.doc.col.period")),
                rows,
                curator == null || curator.isBlank() ? msg("pairOrder.pdf.item2.noCurator")
                        : msg("pairOrder.pdf.item2", RussianNames.accusative(curator)),
                msg("pairOrder.pdf.item3"), msg("pairOrder.doc.head"), msg("pairOrder.doc.signBlank"),
                head == null || head.isBlank() ? "" : RussianNames.initialsFirst(head),
                msg("pairOrder.doc.acquainted"), List.copyOf(acquainted), msg("pairOrder.doc.signatureLine"));
    }

    /** «7 «Б» класс», «2 курс», a teacher's position, an external mentor's kind and organisation. */
    private String role(People.OrderRole role) {
        if (role == null) {
            return null;
        }
        return switch (role.kind()) {
            case STUDENT -> role.grade() == null ? null
                    : role.college() ? msg("pairOrder.doc.course", role.grade().toString())
                    : role.letter() == null || role.letter().isBlank()
                            ? msg("pairOrder.doc.classNoLetter", role.grade().toString())
                            : msg("pairOrder.doc.class", role.grade().toString(), role.letter());
            case TEACHER -> role.position() == null || role.position().isBlank() ? msg("pairOrder.doc.teacher")
                    : role.position();
            case EXTERNAL -> {
                String kind = role.externalKind() == null ? null
                        : msg(role.externalKind().messageKey()).toLowerCase(RU);
                String organisation = role.organisation();
                yield kind == null ? organisation
                        : organisation == null || organisation.isBlank() ? kind : kind + ", " + organisation;
            }
        };
    }

    /** «Иванова А. П.»; a pseudonym («Обезличено № 42») as it is. */
    private static String signer(String fullName) {
        return fullName.matches(".*[\\d№—].*") ? fullName : PersonNames.shortForm(fullName);
    }

    private static String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, RU);
    }

    /** Records which pairs a filed order lists. */
    void link(long documentId, Collection<Long> pairIds) {
        for (Long pairId : pairIds) {
            jdbc.update("insert into pair_order_pair (document_id, pair_id) values (?, ?) on conflict do nothing",
                    documentId, pairId);
        }
    }

    /** The pairs a generated order lists; empty for any other document. */
    List<Long> pairsOf(long documentId) {
        return jdbc.queryForList("select pair_id from pair_order_pair where document_id = ? order by pair_id",
                Long.class, documentId);
    }

    /** The generated orders that list any of these pairs, by id. */
    List<Long> ordersListing(Collection<Long> pairIds) {
        if (pairIds.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("select distinct document_id from pair_order_pair where pair_id = any (?)"
                + " order by document_id", Long.class, (Object) pairIds.toArray(Long[]::new));
    }

    @Override
    @Transactional(readOnly = true)
    public List<NamedDocument> documentsNaming(long personId) {
        List<Long> ids = ordersListing(pairing.pairIdsOf(personId));
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select id, title, kind, uploaded_at, uploaded_by from school_document where id = any (?)"
                        + " order by uploaded_at, id",
                (rs, i) -> new NamedDocument(rs.getLong("id"), rs.getString("title"),
                        DocumentKind.valueOf(rs.getString("kind")).messageKey(),
                        rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by")),
                (Object) ids.toArray(Long[]::new));
    }

    /** The minors a generated order names (mentors and mentees of its pairs); empty for any other document. */
    Set<Long> minorsNamedBy(long documentId) {
        List<Long> pairs = pairsOf(documentId);
        return pairs.isEmpty() ? Set.of() : pairing.minorParticipants(pairs);
    }

    /**
     * A person was anonymised: every generated order listing a pair of theirs is rendered again from today's data
     * (the person under the pseudonym) and replaces the stored file, in the anonymising transaction; and titles and
     * news of the school that name the person get the pseudonym.
     */
    @EventListener
    @Transactional
    public void onPersonAnonymised(PersonAnonymised event) {
        for (long documentId : ordersListing(pairing.pairIdsOf(event.personId()))) {
            reissue(documentId);
        }
        String pattern = event.namePattern();
        if (pattern != null) {
            jdbc.update("update school_document set title = regexp_replace(title, ?, ?, 'g')"
                    + " where school_id = ? and title ~ ?", pattern, event.pseudonym(), event.schoolId(), pattern);
            jdbc.update("update school_news set title = regexp_replace(title, ?, ?, 'g'),"
                    + " body = regexp_replace(body, ?, ?, 'g') where school_id = ? and (title ~ ? or body ~ ?)",
                    pattern, event.pseudonym(), pattern, event.pseudonym(), event.schoolId(), pattern, pattern);
        }
    }

    private void reissue(long documentId) {
        var document = jdbc.queryForMap("select school_id, file_id from school_document where id = ?", documentId);
        long schoolId = ((Number) document.get("school_id")).longValue();
        var order = pairing.orderLines(pairsOf(documentId)).orElse(null);
        SchoolSummary school = schools.summariesOf(List.of(schoolId)).stream().findFirst().orElse(null);
        if (order == null || school == null || order.number() == null || order.date() == null) {
            return;
        }
        byte[] bytes = render(school, order.number(), order.date(), order.lines());
        jdbc.update("update document_file set content = ? where id = ?", bytes, document.get("file_id"));
        jdbc.update("update school_document set size_bytes = ? where id = ?", bytes.length, documentId);
    }
}
