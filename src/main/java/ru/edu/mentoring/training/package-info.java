/** Training: candidate mentors (questionnaire, interview, decision), mentors' training courses and credentials, the training matrix. */
package ru.edu.mentoring.training;
