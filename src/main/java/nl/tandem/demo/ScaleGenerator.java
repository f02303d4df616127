package nl.tandem.demo;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the database with a national-scale data set for measurements: 50 organisations
 * (fewer for a small scale), four teams each, a coach for every 20 trajectories, a team
 * lead per team and an administrator per organisation. Set-based SQL
 * ({@code insert ... select ... generate_series}) keeps it fast: the rows never travel
 * through the application.
 * <p>
 * Logins: {@code admin@schaalN.example}, {@code teamleider1@schaalN.example} and
 * {@code coach1@schaalN.example} (N = 1..organisations), all with the demo password.
 */
@Component
class ScaleGenerator {

	static final int CASELOAD = 20;

	static final int TEAMS = 4;

	private static final Logger log = LoggerFactory.getLogger(ScaleGenerator.class);

	private static final String GIVEN_NAMES = "(array['Sanne','Daan','Fatima','Joost','Lieke','Bram','Noor','Milan',"
			+ "'Yara','Thijs','Eva','Sem','Anouk','Mehmet','Iris','Ruben','Femke','Jesse','Lotte','Ahmed','Maud',"
			+ "'Stijn','Nadia','Tim'])";

	private static final String FAMILY_NAMES = "(array['Jansen','Bakker','Visser','Smit','Meijer','Mulder','Bos',"
			+ "'Vos','Peters','Hendriks','Dekker','Brouwer','Kok','Jacobs','Willems','Schouten','Claes','Peeters',"
			+ "'Yilmaz','El Idrissi','Verbeek','Prins','Hoekstra','Kuipers'])";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final List<ScaleStep> steps;

	ScaleGenerator(JdbcClient jdbc, PasswordEncoder passwordEncoder, List<ScaleStep> steps) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.steps = steps.stream().sorted(Comparator.comparingInt(ScaleStep::order)).toList();
	}

	@Transactional
	public void generate(int trajectories, String password) {
		if (this.jdbc.sql("select exists (select 1 from organisation where name = 'Schaalorganisatie 1')")
			.query(Boolean.class)
			.single()) {
			log.info("The scale data set is already there; nothing generated");
			return;
		}
		long started = System.nanoTime();
		int organisations = Math.max(1, Math.min(50, trajectories / 2000));
		int coachesPerOrganisation = Math.max(1, (int) Math.ceil(trajectories / (double) CASELOAD / organisations));
		log.info("Generating the scale data set: {} trajectories, {} organisations, {} coaches each", trajectories,
				organisations, coachesPerOrganisation);
		organisations(organisations);
		staff(coachesPerOrganisation);
		accounts(this.passwordEncoder.encode(password));
		ScaleRun run = new ScaleRun(this.jdbc, trajectories, organisations, coachesPerOrganisation);
		for (ScaleStep step : this.steps) {
			long stepStarted = System.nanoTime();
			step.generate(run);
			log.info("  {}: done in {} ms", step.getClass().getSimpleName(),
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stepStarted));
		}
		log.info("Scale data set generated in {} s", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
	}

	private void organisations(int count) {
		this.jdbc.sql("insert into organisation (name) select 'Schaalorganisatie ' || g from generate_series(1, :n) g")
			.param("n", count)
			.update();
		this.jdbc.sql("""
				create temporary table scale_organisation on commit drop as
				select id, cast(substring(name from 19) as int) as n from organisation
				where name like 'Schaalorganisatie %'
				""").update();
		this.jdbc.sql("""
				insert into team (organisation_id, name)
				select o.id, 'Team ' || (array['Noord','Oost','Zuid','West'])[t] from scale_organisation o,
				generate_series(1, :teams) t
				""").param("teams", TEAMS).update();
		log.info("  organisations and teams: done");
	}

	private void staff(int coachesPerOrganisation) {
		this.jdbc
			.sql("""
					create temporary table scale_team on commit drop as
					select t.id, t.organisation_id, row_number() over (partition by t.organisation_id order by t.id) - 1 as k
					from team t join scale_organisation o on o.id = t.organisation_id
					""")
			.update();
		this.jdbc.sql("""
				insert into staff_member (organisation_id, team_id, given_name, family_name, email)
				select o.id, t.id, %s[1 + g %% 24], %s[1 + (g / 24) %% 24],
				       'coach' || g || '@schaal' || o.n || '.example'
				from scale_organisation o
				cross join generate_series(1, :coaches) g
				join scale_team t on t.organisation_id = o.id and t.k = g %% :teams
				""".formatted(GIVEN_NAMES, FAMILY_NAMES))
			.param("coaches", coachesPerOrganisation)
			.param("teams", TEAMS)
			.update();
		this.jdbc.sql("""
				insert into staff_member (organisation_id, team_id, given_name, family_name, email)
				select t.organisation_id, t.id, %s[1 + (t.k * 5) %% 24], %s[1 + (t.k * 7) %% 24],
				       'teamleider' || (t.k + 1) || '@schaal' || o.n || '.example'
				from scale_team t join scale_organisation o on o.id = t.organisation_id
				""".formatted(GIVEN_NAMES, FAMILY_NAMES)).update();
		this.jdbc
			.sql("""
					insert into staff_member (organisation_id, given_name, family_name, email)
					select o.id, 'Beheerder', 'Schaal ' || o.n, 'admin@schaal' || o.n || '.example' from scale_organisation o
					""")
			.update();
		log.info("  staff: done");
	}

	private void accounts(String passwordHash) {
		this.jdbc.sql("""
				insert into account (organisation_id, person_id, email, display_name, password_hash, roles, language)
				select s.organisation_id, s.id, s.email, s.given_name || ' ' || s.family_name, :hash,
				       case when s.email like 'coach%%' then array['COACH']
				            when s.email like 'teamleider%%' then array['TEAM_LEAD']
				            else array['ADMIN'] end, 'nl'
				from staff_member s join scale_organisation o on o.id = s.organisation_id
				""".replace("%%", "%")).param("hash", passwordHash).update();
		log.info("  accounts: done");
	}

}
