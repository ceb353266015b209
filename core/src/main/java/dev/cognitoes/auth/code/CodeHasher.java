package dev.cognitoes.auth.code;

/** Turns codes into {@link CodeHash}es and checks a code against one in constant time. */
public interface CodeHasher {

    CodeHash hash(String code);

    boolean matches(CodeHash expected, String code);
}
