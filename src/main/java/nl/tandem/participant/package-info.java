/**
 * Participants: the people coached, their personal details and, per trajectory, the
 * intake that maps their situation (with its sensitive health fields).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participant")
package nl.tandem.participant;
