package dev.cognitoes.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.group.api.GroupView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GroupClaimsTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final String ADMIN = "arn:aws:iam::123456789012:role/Admin";
    static final String READER = "arn:aws:iam::123456789012:role/Reader";

    static GroupView group(String name, String role, Integer precedence) {
        return new GroupView("us-east-1_Pool00001", name, null, role, precedence, T0, T0);
    }

    static GroupClaims of(GroupView... groups) {
        return GroupClaims.of(Stream.of(groups).sorted(GroupView.BY_PRECEDENCE).toList());
    }

    @Test
    @DisplayName("the preferred role is that of the best-ranked group with a role, groups without role aside")
    void bestRankedRole() {
        GroupClaims claims = of(group("staff", null, 0), group("readers", READER, 3), group("admins", ADMIN, 1));

        assertThat(claims.groupNames()).containsExactly("staff", "admins", "readers");
        assertThat(claims.roleArns()).containsExactly(ADMIN, READER);
        assertThat(claims.preferredRole()).contains(ADMIN);
    }

    @Test
    @DisplayName("groups of equal precedence with different roles leave no preferred role")
    void tieWithDifferentRoles() {
        assertThat(of(group("a", ADMIN, 1), group("b", READER, 1), group("c", READER, 2)).preferredRole())
                .isEmpty();
    }

    @Test
    @DisplayName("groups of equal precedence with the same role prefer that role")
    void tieWithSameRole() {
        GroupClaims claims = of(group("a", ADMIN, 1), group("b", ADMIN, 1));

        assertThat(claims.preferredRole()).contains(ADMIN);
        assertThat(claims.roleArns()).containsExactly(ADMIN);
    }

    @Test
    @DisplayName("a group with precedence outranks groups without, which rank equally among themselves")
    void withoutPrecedence() {
        assertThat(of(group("a", ADMIN, null), group("b", READER, 9)).preferredRole()).contains(READER);
        assertThat(of(group("a", ADMIN, null), group("b", READER, null)).preferredRole()).isEmpty();
    }

    @Test
    @DisplayName("no group, or no role, gives no roles")
    void nothing() {
        assertThat(of()).isEqualTo(new GroupClaims(List.of(), List.of(), Optional.empty()));
        assertThat(of(group("a", null, 1)).roleArns()).isEmpty();
    }
}
