package dev.sluice.validator.check;

/** A strict IPv6 text check (RFC 4291 forms, with an optional trailing IPv4), no DNS. */
final class Ipv6 {
  private Ipv6() {}

  static boolean isValid(String s) {
    int gap = s.indexOf("::");
    if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
      return false;
    }
    String[] groups = s.split(":", -1);
    int expected = s.contains(".") ? 7 : 8;
    int count = 0;
    for (int i = 0; i < groups.length; i++) {
      String g = groups[i];
      if (g.isEmpty()) {
        continue;
      }
      if (i == groups.length - 1 && g.contains(".")) {
        if (!isIpv4(g)) {
          return false;
        }
        count += 2;
      } else if (g.length() > 4 || !g.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        return false;
      } else {
        count++;
      }
    }
    int max = s.contains(".") ? expected + 1 : expected;
    return gap >= 0 ? count < max && !badEdges(s, gap) : count == max && !s.startsWith(":") && !s.endsWith(":");
  }

  private static boolean badEdges(String s, int gap) {
    return (s.startsWith(":") && gap != 0) || (s.endsWith(":") && gap != s.length() - 2);
  }

  private static boolean isIpv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)
          || Integer.parseInt(p) > 255 || (p.length() > 1 && p.charAt(0) == '0')) {
        return false;
      }
    }
    return true;
  }
}
