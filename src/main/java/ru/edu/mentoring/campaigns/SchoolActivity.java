package ru.edu.mentoring.campaigns;
/**
 * What the campaign needs to know of each school's bases and pairs in the academic year of {@code asOf}, as of that
 * date; implemented by the pairing module.
 */
public interface SchoolActivity {
    java.util.Map<Long, Facts> facts(java.util.Collection<Long> schoolIds, java.time.LocalDate asOf);
    record Facts(long mentors, long mentees, long trainedMentors, long pairs, long activePairs,
                 java.time.LocalDate basesFormedOn, java.time.LocalDate pairsFormedOn,
                 java.time.LocalDate mentoringStartedOn) {}
}
