package nl.tandem.monitoring;

import java.util.stream.Stream;

import org.springframework.data.relational.core.mapping.Table;

/**
 * What one zone of an early-warning plan holds: the signals by which the participant and
 * others recognise it (thoughts, feelings, behaviour, what others notice) and what each
 * actor then does (the participant, the supervisor, a colleague or buddy, the coach, the
 * network).
 */
@Table("early_warning_zone")
public record ZoneContent(long organisationId, Zone zone, String thoughts, String feelings, String behaviour,
		String othersNotice, String participant, String supervisor, String buddy, String coach, String network) {

	/**
	 * The longest text a field may hold.
	 */
	public static final int MAX_LENGTH = 2000;

	public ZoneContent {
		thoughts = strip(thoughts);
		feelings = strip(feelings);
		behaviour = strip(behaviour);
		othersNotice = strip(othersNotice);
		participant = strip(participant);
		supervisor = strip(supervisor);
		buddy = strip(buddy);
		coach = strip(coach);
		network = strip(network);
	}

	static ZoneContent empty(long organisationId, Zone zone) {
		return new ZoneContent(organisationId, zone, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * The same content for another organisation's zone, as a form hands it in.
	 */
	ZoneContent in(long organisationId, Zone zone) {
		return new ZoneContent(organisationId, zone, this.thoughts, this.feelings, this.behaviour, this.othersNotice,
				this.participant, this.supervisor, this.buddy, this.coach, this.network);
	}

	public boolean hasSignals() {
		return Stream.of(this.thoughts, this.feelings, this.behaviour, this.othersNotice).anyMatch(v -> v != null);
	}

	public boolean hasActions() {
		return Stream.of(this.participant, this.supervisor, this.buddy, this.coach, this.network)
			.anyMatch(v -> v != null);
	}

	boolean tooLong() {
		return Stream
			.of(this.thoughts, this.feelings, this.behaviour, this.othersNotice, this.participant, this.supervisor,
					this.buddy, this.coach, this.network)
			.anyMatch(v -> v != null && v.length() > MAX_LENGTH);
	}

	private static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
