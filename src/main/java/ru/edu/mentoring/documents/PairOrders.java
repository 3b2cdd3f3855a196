package ru.edu.mentoring.documents;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import ru.edu.mentoring.pairing.Pairing;
import ru.edu.mentoring.people.PersonAnonymised;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.Pdf;

/**
 * Generated orders on fixing pairs (приказ о закреплении): rendered as PDF, filed in the school's register with the
 * pairs they list ({@code pair_order_pair}), and re-issued under the pseudonym when a person they name is anonymised,
 * so that no generated file keeps the name of a person whose data were destroyed.
 */
@Service
public class PairOrders implements ru.edu.mentoring.people.PersonDocuments {

    /** Orders are official documents of a Russian school: always rendered in Russian. */
    static final Locale RU = Locale.forLanguageTag("ru");

    private final JdbcTemplate jdbc;
    private final Pairing pairing;
    private final Schools schools;
    private final Pdf pdf;

    PairOrders(JdbcTemplate jdbc, Pairing pairing, Schools schools, Pdf pdf) {
        this.jdbc = jdbc;
        this.pairing = pairing;
        this.schools = schools;
        this.pdf = pdf;
    }

    byte[] render(SchoolSummary school, String number, LocalDate date, List<Pairing.PairLine> pairs, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("school", school);
        context.setVariable("number", number);
        context.setVariable("date", date);
        context.setVariable("pairs", pairs);
        return pdf.render("documents/pair-order-pdf", context);
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
        byte[] bytes = render(school, order.number(), order.date(), order.lines(), RU);
        jdbc.update("update document_file set content = ? where id = ?", bytes, document.get("file_id"));
        jdbc.update("update school_document set size_bytes = ? where id = ?", bytes.length, documentId);
    }
}
