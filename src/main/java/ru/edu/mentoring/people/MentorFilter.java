package ru.edu.mentoring.people;

/** The mentor filter of the mentee base and the request map: any, with a mentor (in an active pair or group), without one. */
enum MentorFilter { ANY, WITH, WITHOUT }
