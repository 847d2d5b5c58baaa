package dev.recap.notifier.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recap.events.Channel;
import dev.recap.events.Delivery;
import dev.recap.events.DeliveryState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryKeyTest {

    @Test
    void shouldKeyByWeekSubscriberAndChannel() {
        Delivery delivery = Delivery.newBuilder()
                .setDigestId("2023-W16-0123456789ab")
                .setWeek("2023-W16")
                .setSubscriberId("ada")
                .setChannel(Channel.EMAIL)
                .setState(DeliveryState.SENT)
                .setAt(Instant.parse("2023-04-21T07:00:00Z"))
                .build();

        String key = DeliveryKey.of(delivery);

        assertThat(key).isEqualTo("2023-W16/ada/EMAIL");
        assertThat(DeliveryKey.of("2023-W16", "ada", Channel.SLACK)).isEqualTo("2023-W16/ada/SLACK");
    }
}
