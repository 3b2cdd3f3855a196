/** People of a school: students, teachers and external mentors, the mentor and mentee bases, consents. */
package ru.edu.mentoring.people;
