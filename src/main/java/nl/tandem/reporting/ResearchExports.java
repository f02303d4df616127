package nl.tandem.reporting;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nl.tandem.audit.AccessLog;
import nl.tandem.coaching.Logbook;
import nl.tandem.evaluation.Outcome;
import nl.tandem.evaluation.Outcomes;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.monitoring.CheckIns;
import nl.tandem.participant.Consents;
import nl.tandem.plan.Plans;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.Cohorts;
import nl.tandem.trajectory.Funder;
import nl.tandem.trajectory.Hours;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymised research export: one CSV line per trajectory of a participant who
 * consented to research ({@link Consents#consentingToResearch}), within the scope of an
 * administrator (the organisation, or one team) or a team lead (the team).
 * <p>
 * What makes it anonymous:
 * <ul>
 * <li>no names, no ids, no free text: a pseudonym made for this export only (an HMAC of
 * the trajectory id under a key that exists only while the export is written, so two
 * exports cannot be linked), and otherwise only codes, counts, hours and scores;</li>
 * <li>days reduced to months (and a few durations in whole days or weeks);</li>
 * <li>small groups suppressed ({@link #K}): the quasi-identifiers are the funder and the
 * months the coaching started and closed. A line is written with them as they are when at
 * least {@value #K} lines share them; otherwise the months become years; otherwise the
 * funder becomes {@code *} too; otherwise all three are {@code *}. Each step counts only
 * the lines not written at a finer step, so every combination in the file is shared by at
 * least {@value #K} lines. Lines still in a group smaller than that are left out, and
 * counted as suppressed.</li>
 * </ul>
 * The file is streamed: the trajectories are read with a database cursor, the figures
 * fetched {@value #CHUNK} trajectories at a time (in the order of the trajectories, which
 * keeps the database's reads close together, and shuffled within the chunk) in a few
 * set-based queries, and each chunk written and flushed before the next; its progress is
 * kept in {@code research_export} for the page to show. Every participant in it gets a
 * line in the access log.
 */
@Service
public class ResearchExports {

	/**
	 * The smallest group of lines that may share the quasi-identifiers.
	 */
	public static final int K = 5;

	static final int CHUNK = 1000;

	static final String HEADER = "pseudonym;funder;started_month;closed_month;phase;end_reason;"
			+ "days_referral_to_start;weeks_coached;hours_total;goals;goals_reached;outcome;outcome_hours_per_week;"
			+ "participant_rating_avg;employer_rating_avg;participant_rating_end;employer_rating_end;"
			+ "capability_set_intake;capability_set_evaluation;working_6m;working_12m";

	private static final Logger log = LoggerFactory.getLogger(ResearchExports.class);

	private static final String SUPPRESSED = "*";

	private final Cohorts cohorts;

	private final Consents consents;

	private final Logbook logbook;

	private final Plans plans;

	private final Outcomes outcomes;

	private final CheckIns checkIns;

	private final AccessLog accessLog;

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	ResearchExports(Cohorts cohorts, Consents consents, Logbook logbook, Plans plans, Outcomes outcomes,
			CheckIns checkIns, AccessLog accessLog, JdbcClient jdbc, java.time.Clock clock) {
		this.cohorts = cohorts;
		this.consents = consents;
		this.logbook = logbook;
		this.plans = plans;
		this.outcomes = outcomes;
		this.checkIns = checkIns;
		this.accessLog = accessLog;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Whether the user may export: administrators and team leads.
	 */
	public static boolean mayExport(CurrentUser user) {
		return user.has(Role.ADMIN) || user.has(Role.TEAM_LEAD);
	}

	/**
	 * Prepares an export (nothing is read yet) and returns its id; the team filter is an
	 * administrator's only.
	 */
	@Transactional
	public long prepare(CurrentUser user, Long team, Funder funder, String address) {
		requireExporter(user);
		return this.jdbc.sql("""
				insert into research_export (organisation_id, team_id, funder, requested_by, address, requested_at)
				values (:organisation, :team, :funder, :by, :address, :at) returning id
				""")
			.param("organisation", user.organisationId())
			.param("team", user.has(Role.ADMIN) ? team : null)
			.param("funder", (funder != null) ? funder.name() : null)
			.param("by", user.accountId())
			.param("address", address)
			.param("at", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	/**
	 * How far an export of the user is; another user's or organisation's export does not
	 * exist.
	 */
	@Transactional(readOnly = true)
	public Progress progress(CurrentUser user, long exportId) {
		requireExporter(user);
		return this.jdbc
			.sql("""
					select id, team_id, funder, status, total, written, suppressed, requested_at, finished_at from research_export
					where organisation_id = :organisation and id = :id and requested_by = :by
					""")
			.param("organisation", user.organisationId())
			.param("id", exportId)
			.param("by", user.accountId())
			.query((rs, n) -> new Progress(rs.getLong("id"), (Long) rs.getObject("team_id"),
					(rs.getString("funder") != null) ? Funder.valueOf(rs.getString("funder")) : null,
					Status.valueOf(rs.getString("status")), (Integer) rs.getObject("total"), rs.getInt("written"),
					rs.getInt("suppressed"), rs.getTimestamp("requested_at").toInstant(),
					(rs.getTimestamp("finished_at") != null) ? rs.getTimestamp("finished_at").toInstant() : null))
			.optional()
			.orElseThrow(() -> new NotFoundException("research export", exportId));
	}

	/**
	 * Writes the export to {@code out}: first the trajectories in scope with consent
	 * (read with a cursor), their groups and pseudonyms; then their figures a chunk at a
	 * time, each chunk written, flushed and counted in the progress. Runs outside a
	 * transaction, so the progress is seen at once.
	 */
	public void write(CurrentUser user, long exportId, OutputStream out) throws IOException {
		write(user, exportId, out, CHUNK);
	}

	void write(CurrentUser user, long exportId, OutputStream out, int chunkSize) throws IOException {
		Progress progress = progress(user, exportId);
		String address = this.jdbc.sql("select address from research_export where id = :id")
			.param("id", exportId)
			.query(String.class)
			.optional()
			.orElse(null);
		update(exportId, "RUNNING", null, 0, 0, true, false);
		try {
			List<Cohorts.Member> members = consenting(user, progress);
			Map<Long, Integer> levels = new HashMap<>();
			List<Cohorts.Member> dropped = generalise(members, levels);
			Function<Long, String> pseudonym = pseudonyms();
			// in the order of the trajectories, for the database's sake (neighbours are
			// stored near each
			// other), but shuffled within each chunk, so that the order tells nothing
			// finer than a chunk
			List<Cohorts.Member> written = members.stream().filter(m -> levels.containsKey(m.id())).toList();
			Random shuffle = new SecureRandom();
			update(exportId, "RUNNING", written.size(), 0, dropped.size(), false, false);
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
			writer.write(HEADER + "\r\n");
			for (int from = 0; from < written.size(); from += chunkSize) {
				List<Cohorts.Member> chunk = new ArrayList<>(
						written.subList(from, Math.min(written.size(), from + chunkSize)));
				Collections.shuffle(chunk, shuffle);
				writeChunk(user, chunk, levels, pseudonym, writer);
				this.accessLog.readAll(user, chunk.stream().map(Cohorts.Member::participantId).distinct().toList(),
						"RESEARCH_EXPORT", address);
				writer.flush();
				update(exportId, "RUNNING", written.size(), from + chunk.size(), dropped.size(), false, false);
			}
			writer.flush();
			update(exportId, "DONE", written.size(), written.size(), dropped.size(), false, true);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Research export {} failed: {}", exportId, ex.toString());
			update(exportId, "FAILED", null, -1, -1, false, true);
			throw ex;
		}
	}

	private List<Cohorts.Member> consenting(CurrentUser user, Progress progress) {
		List<Cohorts.Member> consenting = new ArrayList<>();
		List<Cohorts.Member> buffer = new ArrayList<>(CHUNK);
		this.cohorts.forEach(user, progress.team(), progress.funder(), CHUNK, member -> {
			buffer.add(member);
			if (buffer.size() == CHUNK) {
				keepConsenting(user, buffer, consenting);
			}
		});
		keepConsenting(user, buffer, consenting);
		return consenting;
	}

	private void keepConsenting(CurrentUser user, List<Cohorts.Member> buffer, List<Cohorts.Member> consenting) {
		Set<Long> yes = this.consents.consentingToResearch(user.organisationId(),
				buffer.stream().map(Cohorts.Member::participantId).distinct().toList());
		buffer.stream().filter(m -> yes.contains(m.participantId())).forEach(consenting::add);
		buffer.clear();
	}

	/**
	 * Gives each member the finest level of its quasi-identifiers (0 months, 1 years, 2
	 * years without funder, 3 nothing) whose group among the members not yet placed has
	 * at least {@link #K} of them; returns those left in smaller groups.
	 */
	static List<Cohorts.Member> generalise(List<Cohorts.Member> members, Map<Long, Integer> levels) {
		List<Cohorts.Member> open = members;
		for (int level = 0; level <= 3; level++) {
			int at = level;
			Map<List<String>, Long> sizes = open.stream()
				.collect(Collectors.groupingBy(m -> quasi(m, at), Collectors.counting()));
			List<Cohorts.Member> next = new ArrayList<>();
			for (Cohorts.Member m : open) {
				if (sizes.get(quasi(m, at)) >= K) {
					levels.put(m.id(), at);
				}
				else {
					next.add(m);
				}
			}
			open = next;
		}
		return open;
	}

	/**
	 * The quasi-identifiers of a member at a level of generalisation: funder, month the
	 * coaching started, month it closed.
	 */
	static List<String> quasi(Cohorts.Member m, int level) {
		String funder = (level >= 2) ? SUPPRESSED : (m.funder() != null) ? m.funder().name() : "";
		return List.of(funder, period(m.startedOn(), level), period(m.closedOn(), level));
	}

	private static String period(LocalDate day, int level) {
		if (level >= 3) {
			return SUPPRESSED;
		}
		if (day == null) {
			return "";
		}
		return (level == 0) ? day.toString().substring(0, 7) : String.valueOf(day.getYear());
	}

	private void writeChunk(CurrentUser user, List<Cohorts.Member> chunk, Map<Long, Integer> levels,
			Function<Long, String> pseudonym, Writer writer) throws IOException {
		long organisation = user.organisationId();
		List<Long> ids = chunk.stream().map(Cohorts.Member::id).toList();
		Map<Long, Integer> minutes = this.logbook.totalMinutes(organisation, ids);
		Map<Long, Plans.GoalsReached> goals = this.plans.goalsReached(organisation, ids);
		Map<Long, Outcomes.OutcomeRow> outcomeRows = this.outcomes.outcomes(organisation, ids);
		Map<Long, Outcomes.RatingRow> ratings = this.outcomes.ratings(organisation, ids);
		Map<Long, Map<Integer, Outcomes.FollowUpRow>> followUps = this.outcomes.followUps(organisation, ids);
		Map<Long, CheckIns.CapabilityChange> capability = this.checkIns.capabilityChange(organisation, ids);
		StringBuilder lines = new StringBuilder(chunk.size() * 120);
		for (Cohorts.Member m : chunk) {
			List<String> q = quasi(m, levels.get(m.id()));
			Plans.GoalsReached g = goals.get(m.id());
			Outcomes.OutcomeRow o = outcomeRows.get(m.id());
			Outcomes.RatingRow r = ratings.get(m.id());
			CheckIns.CapabilityChange c = capability.get(m.id());
			Map<Integer, Outcomes.FollowUpRow> f = followUps.getOrDefault(m.id(), Map.of());
			List<Object> cells = new ArrayList<>(21);
			cells.add(pseudonym.apply(m.id()));
			cells.addAll(q);
			cells.add(m.phase().name());
			cells.add((m.endReason() != null) ? m.endReason().name() : null);
			cells.add((m.startedOn() != null) ? ChronoUnit.DAYS.between(m.referredOn(), m.startedOn()) : null);
			cells.add((m.startedOn() != null && m.closedOn() != null)
					? ChronoUnit.WEEKS.between(m.startedOn(), m.closedOn()) : null);
			cells.add(Hours.format(minutes.getOrDefault(m.id(), 0)));
			cells.add((g != null) ? g.goals() : null);
			cells.add((g != null) ? g.reached() : null);
			cells.add((o != null) ? o.outcome().name() : null);
			cells.add((o != null && o.minutesPerWeek() != null) ? Hours.format(o.minutesPerWeek()) : null);
			cells.add((r != null) ? one(r.participantAverage()) : null);
			cells.add((r != null) ? one(r.employerAverage()) : null);
			cells.add((r != null) ? r.participantAtEnd() : null);
			cells.add((r != null) ? r.employerAtEnd() : null);
			cells.add((c != null) ? c.atIntake() : null);
			cells.add((c != null) ? c.atEvaluation() : null);
			cells.add(working(f.get(6)));
			cells.add(working(f.get(12)));
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					lines.append(';');
				}
				if (cells.get(i) != null) {
					lines.append(cells.get(i));
				}
			}
			lines.append("\r\n");
		}
		writer.write(lines.toString());
	}

	private static String working(Outcomes.FollowUpRow row) {
		if (row == null || row.situation() == null) {
			return null;
		}
		return (row.situation() == Outcome.UNKNOWN) ? null : String.valueOf(row.situation().isWorking());
	}

	private static String one(Double value) {
		return (value != null) ? String.valueOf(Math.round(value * 10) / 10.0) : null;
	}

	/**
	 * Pseudonyms for one export: 16 hex digits of an HMAC-SHA256 of the trajectory id
	 * under a random key that is never stored.
	 */
	private static Function<Long, String> pseudonyms() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		Mac mac;
		try {
			mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		return id -> HexFormat.of().formatHex(mac.doFinal(String.valueOf(id).getBytes(StandardCharsets.UTF_8)), 0, 8);
	}

	private void update(long exportId, String status, Integer total, int written, int suppressed, boolean start,
			boolean finish) {
		this.jdbc.sql("""
				update research_export set status = :status, total = coalesce(cast(:total as int), total),
				       written = case when :written >= 0 then :written else written end,
				       suppressed = case when :suppressed >= 0 then :suppressed else suppressed end,
				       started_at = case when :start then :at else started_at end,
				       finished_at = case when :finish then :at else finished_at end
				where id = :id
				""")
			.param("status", status)
			.param("total", total)
			.param("written", written)
			.param("suppressed", suppressed)
			.param("start", start)
			.param("finish", finish)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("id", exportId)
			.update();
	}

	private static void requireExporter(CurrentUser user) {
		if (!mayExport(user)) {
			throw new AccessDeniedException("Research exports are for administrators and team leads");
		}
	}

	/**
	 * Where an export is.
	 */
	public enum Status {

		READY, RUNNING, DONE, FAILED

	}

	/**
	 * An export and how far it is: the trajectories it holds (null until counted), how
	 * many are written, and how many were left out for being in too small a group.
	 */
	public record Progress(long id, Long team, Funder funder, Status status, Integer total, int written, int suppressed,
			java.time.Instant requestedAt, java.time.Instant finishedAt) {

		public int percent() {
			if (this.status == Status.DONE) {
				return 100;
			}
			return (this.total == null || this.total == 0) ? 0 : Math.min(100, 100 * this.written / this.total);
		}

		public boolean finished() {
			return this.status == Status.DONE || this.status == Status.FAILED;
		}

	}

}
