/** Schools: municipalities, educational organisations and the appointment of their curators. */
package ru.edu.mentoring.schools;
