package nl.tandem.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.TandemTest;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.Mails;
import nl.tandem.portal.PortalFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TandemTest
class InvitationTests {

	private static final String BASE = "http://tandem.test";

	private static final String PASSWORD = "een eigen wachtwoord";

	@Autowired
	Fixtures fixtures;

	@Autowired
	Invitations invitations;

	@Autowired
	InvitationRepository invitationRepository;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Mails mails;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	TestOrganisation organisation;

	@BeforeEach
	void organisation() {
		this.organisation = this.fixtures.organisation();
	}

	@Test
	void anInvitationMailsALinkWhoseTokenIsStoredOnlyAsItsHash() {
		String email = invite(PersonKind.PARTICIPANT, 101, "nl");
		String token = PortalFixtures.tokenMailedTo(this.mails, this.organisation.id(), email);
		String text = this.mails.kept(this.organisation.id()).get(0).mail().text();
		assertThat(text).startsWith("Hallo Mila Test,").contains(BASE + "/invitation/" + token).contains("Sanne Coach");
		List<String> stored = this.jdbc.sql("select token_hash from invitation where email = :email")
			.param("email", email)
			.query(String.class)
			.list();
		assertThat(stored).containsExactly(nl.tandem.identity.internal.Secrets.sha256(token)).doesNotContain(token);
	}

	@Test
	void theMailSpeaksThePersonsLanguage() {
		String email = invite(PersonKind.EMPLOYER_CONTACT, 102, "en");
		String text = this.mails.kept(this.organisation.id()).get(0).mail().text();
		assertThat(this.mails.kept(this.organisation.id()).get(0).mail().subject())
			.isEqualTo("Your invitation to Tandem");
		assertThat(text).startsWith("Hello Mila Test,").contains("job coach of your employee");
		assertThat(this.mails.kept(this.organisation.id()).get(0).mail().to()).isEqualTo(email);
	}

	@Test
	void acceptingOpensAPortalAccountLinkedToThePerson() {
		String email = invite(PersonKind.PARTICIPANT, 103, "nl");
		String token = PortalFixtures.tokenMailedTo(this.mails, this.organisation.id(), email);
		assertThat(this.invitations.open(token)).hasValueSatisfying(invited -> {
			assertThat(invited.displayName()).isEqualTo("Mila Test");
			assertThat(invited.email()).isEqualTo(email);
		});
		this.invitations.accept(token, PASSWORD);
		Account account = this.accounts.findByEmail(email).orElseThrow();
		assertThat(account.roles()).containsExactly(Role.PARTICIPANT);
		assertThat(account.personKind()).isEqualTo(PersonKind.PARTICIPANT);
		assertThat(account.current().participantId()).hasValue(103);
		assertThat(account.current().employerContactId()).isEmpty();
		assertThat(this.passwordEncoder.matches(PASSWORD, account.passwordHash())).isTrue();
		assertThat(
				this.invitations.access(this.organisation.coach().user(), PersonKind.PARTICIPANT, List.of(103L, 999L))
					.values())
			.extracting(PortalAccess::state)
			.containsExactlyInAnyOrder(PortalAccess.State.ACTIVE, PortalAccess.State.NONE);
	}

	@Test
	void aLinkWorksOnlyOnce() {
		String email = invite(PersonKind.EMPLOYER_CONTACT, 104, "nl");
		String token = PortalFixtures.tokenMailedTo(this.mails, this.organisation.id(), email);
		this.invitations.accept(token, PASSWORD);
		assertThat(this.invitations.open(token)).isEmpty();
		assertThatThrownBy(() -> this.invitations.accept(token, "een ander wachtwoord"))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("invitation.invalid");
		assertThat(this.accounts.findByEmail(email).orElseThrow().current().employerContactId()).hasValue(104);
	}

	@Test
	void aLinkExpiresAfterSevenDays() {
		String email = invite(PersonKind.PARTICIPANT, 105, "nl");
		String token = PortalFixtures.tokenMailedTo(this.mails, this.organisation.id(), email);
		Invitations sixDaysLater = later(Duration.ofDays(6).plusHours(23));
		Invitations sevenDaysLater = later(Duration.ofDays(7).plusMinutes(1));
		assertThat(sixDaysLater.open(token)).isPresent();
		assertThat(sevenDaysLater.open(token)).isEmpty();
		assertThatThrownBy(() -> sevenDaysLater.accept(token, PASSWORD)).isInstanceOf(DomainRuleException.class)
			.hasMessage("invitation.invalid");
		assertThat(this.accounts.existsByEmail(email)).isFalse();
		assertThat(sevenDaysLater.access(this.organisation.coach().user(), PersonKind.PARTICIPANT, List.of(105L))
			.get(105L)
			.state()).isEqualTo(PortalAccess.State.EXPIRED);
	}

	@Test
	void invitingAgainRevokesTheOpenLink() {
		String email = invite(PersonKind.PARTICIPANT, 106, "nl");
		String first = PortalFixtures.tokenMailedTo(this.mails, this.organisation.id(), email);
		invite(PersonKind.PARTICIPANT, 106, "nl");
		String second = PortalFixtures.tokenMailedTo(this.mails, this.organisation.id(), email);
		assertThat(second).isNotEqualTo(first);
		assertThat(this.invitations.open(first)).isEmpty();
		assertThatThrownBy(() -> this.invitations.accept(first, PASSWORD)).isInstanceOf(DomainRuleException.class);
		this.invitations.accept(second, PASSWORD);
		assertThat(this.accounts.existsByEmail(email)).isTrue();
	}

	@Test
	void aPersonWithAnAccountOrAnAddressInUseIsNotInvited() {
		String email = invite(PersonKind.PARTICIPANT, 107, "nl");
		this.invitations.accept(PortalFixtures.tokenMailedTo(this.mails, this.organisation.id(), email), PASSWORD);
		assertThatThrownBy(() -> invite(PersonKind.PARTICIPANT, 107, "nl")).isInstanceOf(DomainRuleException.class)
			.hasMessage("invitation.account.exists");
		assertThatThrownBy(
				() -> this.invitations.invite(this.organisation.coach().user(),
						new Invitee(PersonKind.EMPLOYER_CONTACT, 108, this.organisation.otherCoach().email(), "Daan",
								"nl"),
						BASE))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("invitation.email.taken");
		assertThatThrownBy(() -> this.invitations.invite(this.organisation.coach().user(),
				new Invitee(PersonKind.EMPLOYER_CONTACT, 108, " ", "Zonder Adres", "nl"), BASE))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("invitation.email.missing");
	}

	@Test
	void unknownAndMalformedLinksAreRefusedAlike() {
		assertThat(this.invitations.open("x")).isEmpty();
		assertThat(this.invitations.open(nl.tandem.identity.internal.Secrets.token())).isEmpty();
		assertThat(this.invitations.open(null)).isEmpty();
		assertThatThrownBy(() -> this.invitations.accept("nothing", PASSWORD)).isInstanceOf(DomainRuleException.class)
			.hasMessage("invitation.invalid");
	}

	@Test
	void portalUsersDoNotInvite() {
		CurrentUser participant = new CurrentUser(-1, this.organisation.id(), 5L, "Portaal", Set.of(Role.PARTICIPANT));
		assertThatThrownBy(() -> this.invitations.invite(participant,
				new Invitee(PersonKind.PARTICIPANT, 6, "iemand@deelnemer.test", "Iemand", "nl"), BASE))
			.isInstanceOf(AccessDeniedException.class);
	}

	private String invite(PersonKind kind, long personId, String language) {
		String email = kind.name().toLowerCase() + personId + "." + this.organisation.id() + "@portaal.test";
		this.invitations.invite(this.organisation.coach().user(),
				new Invitee(kind, personId, email, "Mila Test", language), BASE);
		return email;
	}

	private Invitations later(Duration duration) {
		Clock later = Clock.fixed(this.clock.instant().plus(duration), ZoneOffset.UTC);
		return new Invitations(this.invitationRepository, this.accounts, this.passwordEncoder, this.mails,
				this.messages, this.jdbc, later, "");
	}

}
