package dev.recap.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressGuardTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "127.0.0.1|loopback",
                "0.1.2.3|this network",
                "10.1.2.3|private",
                "172.20.0.1|private",
                "192.168.1.1|private",
                "169.254.169.254|link-local",
                "100.64.0.1|carrier-grade NAT",
                "192.0.0.8|protocol assignments",
                "198.19.0.1|benchmarking",
                "240.0.0.1|reserved",
                "255.255.255.255|reserved",
                "::1|loopback",
                "fd00::1|unique-local",
                "fe80::1|link-local",
                "64:ff9b::a9fe:a9fe|IPv4 inside IPv6",
                "2002:7f00:1::|IPv4 inside IPv6",
                "::a00:1|IPv4 inside IPv6"
            })
    void shouldNameTheKindOfEveryNonPublicAddress(String literal, String kind) throws UnknownHostException {
        assertThat(AddressGuard.nonPublicKind(InetAddress.getByName(literal))).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({"93.184.216.34", "1.1.1.1", "2606:4700:4700::1111", "64:ff9b::5db8:d822", "2002:5db8:d822::"})
    void shouldLetPublicAddressesThrough(String literal) throws UnknownHostException {
        assertThat(AddressGuard.nonPublicKind(InetAddress.getByName(literal))).isNull();
    }
}
