package nl.tandem.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.tandem.plan.Schedules;
import nl.tandem.platform.DomainRuleException;

/**
 * How much extra coaching an intensification brings: a number of sessions a week, of so
 * many minutes, for a number of weeks.
 */
public record IntensificationPlan(int weeks, int sessionsPerWeek, int minutes) {

	public static final int MAX_WEEKS = 26;

	public static final int MAX_SESSIONS_PER_WEEK = 5;

	public static final int MIN_MINUTES = 15;

	public static final int MAX_MINUTES = 480;

	/**
	 * Refuses a plan outside the bounds, naming the part that is out of bounds.
	 */
	void check() {
		if (this.weeks < 1 || this.weeks > MAX_WEEKS) {
			throw new DomainRuleException("intensification.weeks.range");
		}
		if (this.sessionsPerWeek < 1 || this.sessionsPerWeek > MAX_SESSIONS_PER_WEEK) {
			throw new DomainRuleException("intensification.sessionsPerWeek.range");
		}
		if (this.minutes < MIN_MINUTES || this.minutes > MAX_MINUTES) {
			throw new DomainRuleException("intensification.minutes.range");
		}
	}

	/**
	 * The extra sessions from a first day on: in each week the sessions spread evenly
	 * over its seven days, the first on the week's first day.
	 */
	public List<Schedules.NewSession> sessions(LocalDate start) {
		List<Schedules.NewSession> sessions = new ArrayList<>();
		for (int week = 0; week < this.weeks; week++) {
			for (int n = 0; n < this.sessionsPerWeek; n++) {
				sessions.add(new Schedules.NewSession(start.plusDays(7L * week + (7L * n) / this.sessionsPerWeek),
						this.minutes));
			}
		}
		return sessions;
	}

	public int totalMinutes() {
		return this.weeks * this.sessionsPerWeek * this.minutes;
	}

}
