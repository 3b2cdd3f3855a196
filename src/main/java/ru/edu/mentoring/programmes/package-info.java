/** Programmes of mentoring: a school's programme per form and year (approved by its head) and a teacher pair's personalised programme. */
package ru.edu.mentoring.programmes;
