package nl.tandem.monitoring;

import java.time.LocalDate;

/**
 * Something about a trajectory that needs attention, with where it is acted on.
 *
 * @param subject what the signal is about within its kind (a day, an id), so that an
 * acknowledgement holds for this occurrence and a new one signals again
 * @param detail a short fact for the message (a number, a day), never content of a note
 * or an answer
 * @param path where the signal is acted on
 * @param acknowledgement who acknowledged it and with what note, or null
 */
public record Signal(SignalKind kind, long trajectoryId, String participantName, String coachName, LocalDate since,
		String subject, String detail, String path, Acknowledgement acknowledgement) {

	/**
	 * An acknowledgement of a signal: by whom, when and with what note.
	 */
	public record Acknowledgement(String by, LocalDate on, String note) {
	}

	Signal acknowledged(Acknowledgement acknowledgement) {
		return new Signal(this.kind, this.trajectoryId, this.participantName, this.coachName, this.since, this.subject,
				this.detail, this.path, acknowledgement);
	}

}
