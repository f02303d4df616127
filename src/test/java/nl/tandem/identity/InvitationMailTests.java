package nl.tandem.identity;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.TandemTest;
import nl.tandem.platform.Mails;
import nl.tandem.portal.PortalFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invitation mail through a real SMTP server (GreenMail), as in production.
 */
@TandemTest
class InvitationMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "localhost");
		properties.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	Fixtures fixtures;

	@Autowired
	Invitations invitations;

	@Autowired
	Mails mails;

	@Test
	void theInvitationIsSentThroughTheSmtpServerAndItsLinkWorks() throws Exception {
		TestOrganisation organisation = this.fixtures.organisation();
		String email = "mila." + organisation.id() + "@smtp.test";
		this.invitations.invite(organisation.coach().user(),
				new Invitee(PersonKind.PARTICIPANT, 7, email, "Mila Smtp", "nl"), "https://tandem.test");

		assertThat(this.mails.keeping()).as("with a host, mail is sent, not kept").isFalse();
		assertThat(this.mails.kept(organisation.id())).isEmpty();
		MimeMessage[] received = smtp.getReceivedMessagesForDomain(email);
		assertThat(received).hasSize(1);
		MimeMessage mail = received[0];
		assertThat(mail.getSubject()).isEqualTo("Je uitnodiging voor Tandem");
		assertThat(mail.getFrom()[0].toString()).contains("noreply@tandem.example");
		assertThat(mail.getContentType()).contains("text/plain").contains("UTF-8");
		String text = (String) mail.getContent();
		assertThat(text).startsWith("Hallo Mila Smtp,").contains("Sanne Coach").contains("één keer");
		String token = PortalFixtures.token(text);
		assertThat(text).contains("https://tandem.test/invitation/" + token);
		assertThat(this.invitations.open(token)).isPresent();
		this.invitations.accept(token, Fixtures.PASSWORD);
		assertThat(this.invitations.open(token)).isEmpty();
	}

}
