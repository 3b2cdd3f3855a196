package ru.edu.mentoring.documents;

import java.util.List;

/**
 * What another module adds to the public «Наставничество» pages (of a school, of a municipality), rendered by this
 * module's templates: a heading (a message key) and its links. Implemented by a higher module (practices: a school's
 * published practices, the municipality's events), so that this module does not depend on it. Nothing here may name
 * a person.
 */
public interface PublicSections {

    /** One section: its heading's message key, a test id and its lines. */
    record Section(String headingKey, String testId, List<Line> lines) {}

    /** A line: its text, an optional link (an address on this site) and an optional note under it. */
    record Line(String text, String href, String note) {}

    /** The sections of a school's public page, in order; none when there is nothing to show. */
    List<Section> ofSchool(long schoolId);

    /** The sections of a municipality's public page. */
    List<Section> ofMunicipality(long municipalityId);
}
