/**
 * Contests with a jury (issue 21 points 2 and 5): contests of the department with their regulation, stage dates,
 * nominations and criteria as data, the schools' applications, jurors named for one contest, scores, results with
 * shared places, the protocol (PDF, DOCX), the public results page, {@link ru.edu.mentoring.contests.ContestResults}
 * for the mentor's record, and the ports {@link ru.edu.mentoring.contests.PracticeBank} and
 * {@link ru.edu.mentoring.contests.PublicationConsent} (the people module's consent to publish a mentor's name).
 */
package ru.edu.mentoring.contests;
