package dev.cognitoes.auth.srp;

import java.util.HexFormat;

/**
 * Verifiers computed by amazon-cognito-identity-js 6.3.21 ({@code AuthenticationHelper.generateHashDevice}, whose
 * device group key plays the part of the pool id suffix), kept as known answers.
 */
final class KnownVerifiers {

    record Kat(String userPoolId, String username, String password, String salt, String verifier) {

        byte[] saltBytes() {
            return HexFormat.of().parseHex(salt);
        }

        PasswordVerifier passwordVerifier() {
            return new PasswordVerifier(salt, verifier);
        }
    }

    /** A salt whose top bit is set, so its hex carries a {@code 00} prefix. */
    static final Kat HIGH_BIT_SALT = new Kat("us-east-1_eGETxc2g7", "alice",
            "Lh2ONL9BXttrVCtXliX8ooiuHN4+4D379Js4xwMpWXgTWe4EI7Kwag==",
            "00ddaa0124c5aaa2a49cc8e9b4c1582eb4",
            "2f2a10af17d2831f7c458476755c343d02b36a89c38d113d2c88b9d219ac010688ecf4c94f93210828009f905c291889"
            + "359bf1b16f7fa46329d14b130b5e0fda3d98f325ef86f3dbfe21fddc3abbcbb20f3c4a31ccb2375ac184023443e7d31e"
            + "0b1e5c2379a39cdc0969fb17226058a4c87228477a68036e21946a974fbc9c7955be72b1b60a221c27e905bb400358b9"
            + "07b0e21eca4adb5ba90a945e7e570474996e2345a241897ff68e17a614f6f7024ef99911d98a0347d64dbf31f6c06ea7"
            + "1e9211c9fede6c87a44cb88b69b32c64429ea71901b0cf91ea97aa6150e4f8e67def333aea372353c7027bbde2d481ab"
            + "8adf79e13f8ed01b62cb771b1b78f05009b79e56f0f17037b9c8d152d8e68d55f8a48058fa433f6b033cd48e7a4b92c9"
            + "6b17d4a54ec66a8422996a3ce6bf7d8b9cf989c2f324b8f6fd95db4021b0b46dd5c4d3bb12d2ebf146df9240509c277b"
            + "3c09efa9135acba25d877c7e552254ac9518c21123ac3c5d569f7222b53e7e8f8baaf8ad2f593f1a151230f6f04527fb");

    /** A user name outside ASCII, hashed as UTF-8. */
    static final Kat NON_ASCII_USERNAME = new Kat("us-east-1_eGETxc2g7", "ユーザー",
            "CwYxwHA/6ob4nrH9ZJRnlF7O7SlU0BwCMY6zQgycS+KFXrgT8DZP9A==",
            "763bc4912c7fc60f36833bf98ddcc839",
            "7b97beeea56a6cac7695ee742607e41ba48346f37699979ebcd2a76f7e18809d04120814e27d320cdf5d22bdace27293"
            + "797d779de2c5b8e01f8989cba6d5410d8bf75134c369d43596866a39d9d2690158e63cea6b70192e30018f5259bd937c"
            + "492e9ddc3535efc0f1376b59717d99d396aa8e146f6ddf4019eb603cec2771a2f3f4476b9e89c1acdcbf639b77f1dc71"
            + "498a580bd304d875a713a4ad4fb71f964e2c181c904d175a157a8f145c4d9c42c396b60c1e7cd5d1357c17de0701f595"
            + "56ce11218d2d25c26f04745864cff4d3772b4675ff651ac3d9696f70335ae5e638a531ebfc7189509b7e0faf092b2ffe"
            + "aa1516db2a80476b2f8134d6e19a579898b357b6cec2497b88eb305819c24dbca7d4c311c3c3521113ab78ccc8f82037"
            + "da023ee98d32fee22fc565b16e1b76d92dab70fc1d6965e5ab24a107b400c5f4ba12492c5caba1586563fe694667b898"
            + "439785f4625cf9a2475560472073554dc45aa5e7e0678005d9debc2bb4cf04d0291fd2d041a30914f16bb44cb25f42ba");

    /** A salt whose first byte is zero, so its hex has 15 bytes; the verifier has a {@code 00} prefix. */
    static final Kat SHORT_SALT = new Kat("us-east-1_eGETxc2g7", "alice",
            "a4SEy9Of/yPFoJ5htplblLLkexmjV4voMQ73dJfIgtMT4nJxsScRqw==",
            "24aa2650a8ba40dc14d77f7640bc82",
            "008d9121d7ca6ca9de3b5bc60c806d3fb10fe52ffab32ebc15bcc60be5626ed690ac72f3d9adabdb8dd77994e70e7276"
            + "745d0909dba097042fc183e77306a7836c7ff989c10d13162a1ad6a876def5b2f6e9d3db6f164792d1572730dd507310"
            + "3ba3155b78f425ff3cb8f8951beffacdd3c94b1a121aaee7e4af76f8bfb7246b482e9d78074888a64ae483a01c943293"
            + "929b2441fe4a9aba1ffc911130be88959978c9e7058375ef8095b997b6122a7bc86c5180bd42590e710fb7d3d868f703"
            + "c0550d1b14a50767c47dadcee6751dfb616793fdcf0544be52266d8de321617ae7dfdba1c82819c46b24b1f0b982bdef"
            + "0c0845fd9f504d44d71450c3bd918d1bb09a81bf9ed6767e1becc4d10f1ffe791d0c114495e2ec64c0527f47b7bb16fe"
            + "7694270fbf243b5cc9d5c20151d755ab772b3ee7b11f8d33df91576fe818c60d4436e78b008e005db6ed3e775d094745"
            + "178e66f40e272259b365b3d0c15ab1da6bf5d81092d468accf47b2390de78e675c91214201ec4297ad52094bafb9974d"
            + "c4");

    private KnownVerifiers() {
    }
}
