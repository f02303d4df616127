package nl.tandem.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Employers for the scale data set: one for every five trajectories of an organisation,
 * each with a supervisor, a colleague who is the buddy, and a workplace, in three
 * set-based statements.
 */
@Component
class EmployerScaleStep implements ScaleStep {

	static final int TRAJECTORIES_PER_EMPLOYER = 5;

	private static final String KINDS = "(array['Bakkerij','Zorgcentrum','Distributiecentrum','Groenbeheer',"
			+ "'Supermarkt','Drukkerij','Hotel','Kringloopwinkel','Installatiebedrijf','Schoonmaakbedrijf',"
			+ "'Tuincentrum','Autobedrijf'])";

	private static final String SECTORS = "(array['Bakkerij','Ouderenzorg','Logistiek','Openbare ruimte en groen',"
			+ "'Detailhandel','Grafische industrie','Horeca','Kringloop','Techniek','Schoonmaak','Groene sector',"
			+ "'Mobiliteit'])";

	private static final String EPITHETS = "(array['De Linde','Het Anker','De Eik','Het Baken','De Morgenster',"
			+ "'De Hoeve','Het Veer','De Brink','Zonnehoek','De Kade'])";

	private static final String CITIES = "(array['Zwolle','Deventer','Apeldoorn','Kampen','Hengelo','Enschede',"
			+ "'Almelo','Zutphen','Harderwijk','Meppel','Raalte','Ommen'])";

	private static final String STREETS = "(array['Industrieweg','Stationsstraat','Kerkstraat','Dorpsstraat',"
			+ "'Havenkade','Marktplein','Molenweg','Schoolstraat','Transportweg','Ambachtsweg'])";

	private static final String GIVEN_NAMES = "(array['Marieke','Henk','Yvonne','Gerrit','Priya','Marco','Sandra',"
			+ "'Kevin','Erik','Ahmed','Jeroen','Fleur','Linda','Paul','Joyce','Hatice','Wim','Esra','Bas','Ingrid',"
			+ "'Rachid','Monique','Dennis','Karin'])";

	private static final String FAMILY_NAMES = "(array['Dijkstra','Bosman','Kramer','Wolters','Ramdin','Verhoef',"
			+ "'Postma','Hoekman','Timmermans','Bouzid','van Dam','Smits','de Boer','Willemsen','Veenstra','Kaya',"
			+ "'Koster','Aydin','Scholten','Huisman','Benali','Gerritsen','Wijnands','Brink'])";

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void generate(ScaleRun run) {
		int perOrganisation = Math.max(1,
				(int) Math.ceil(run.trajectoriesPerOrganisation() / (double) TRAJECTORIES_PER_EMPLOYER));
		employers(run.jdbc(), perOrganisation);
		contacts(run.jdbc());
		workplaces(run.jdbc());
	}

	private void employers(JdbcClient jdbc, int perOrganisation) {
		jdbc.sql(
				"""
						insert into employer (organisation_id, name, registration_number, country, street, postal_code, city,
						                      sector, size)
						select organisation_id, kind || ' ' || epithet || ' ' || city, registration_number, 'NL', street,
						       postal_code, city, sector, size
						from (select o.id as organisation_id, %s[1 + g %% 12] as kind, %s[1 + g %% 12] as sector,
						             %s[1 + (g / 12) %% 10] as epithet, %s[1 + (g / 7) %% 12] as city,
						             cast(10000000 + (o.n * 1000003 + g) %% 90000000 as text) as registration_number,
						             %s[1 + g %% 10] || ' ' || (1 + g %% 180) as street,
						             cast(1000 + (g * 37) %% 9000 as text) || ' ' || chr(65 + g %% 26) || chr(65 + (g / 26) %% 26)
						               as postal_code,
						             (array['MICRO','SMALL','MEDIUM','LARGE'])[1 + (g / 3) %% 4] as size
						      from scale_organisation o cross join generate_series(1, :employers) g) e
						"""
					.formatted(KINDS, SECTORS, EPITHETS, CITIES, STREETS))
			.param("employers", perOrganisation)
			.update();
	}

	private void contacts(JdbcClient jdbc) {
		jdbc.sql(
				"""
						insert into employer_contact (organisation_id, employer_id, given_name, family_name, role, email)
						select e.organisation_id, e.id, %s[1 + (e.id * 2 + r.k) %% 24], %s[1 + (e.id * 5 + r.k * 7) %% 24],
						       r.role, r.mailbox || '@werkgever' || e.id || '.example'
						from employer e join scale_organisation o on o.id = e.organisation_id
						cross join (values (0, 'SUPERVISOR', 'leidinggevende'), (1, 'COLLEAGUE_BUDDY', 'buddy')) r (k, role, mailbox)
						"""
					.formatted(GIVEN_NAMES, FAMILY_NAMES))
			.update();
	}

	private void workplaces(JdbcClient jdbc) {
		jdbc.sql("""
				insert into workplace (organisation_id, employer_id, name)
				select e.organisation_id, e.id, (array['Productie','Magazijn','Winkelvloer','Keuken','Buitendienst',
				       'Facilitaire dienst','Expeditie','Receptie'])[1 + e.id %% 8]
				from employer e join scale_organisation o on o.id = e.organisation_id
				""".replace("%%", "%")).update();
	}

}
