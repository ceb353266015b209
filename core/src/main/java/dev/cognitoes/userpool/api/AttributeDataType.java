package dev.cognitoes.userpool.api;

/** The type of a user attribute's value, as Cognito's {@code AttributeDataType}. */
public enum AttributeDataType {
    STRING("String"),
    NUMBER("Number"),
    DATE_TIME("DateTime"),
    BOOLEAN("Boolean");

    private final String awsName;

    AttributeDataType(String awsName) {
        this.awsName = awsName;
    }

    /** The name as AWS writes it, for example {@code DateTime}. */
    public String awsName() {
        return awsName;
    }

    public static AttributeDataType fromAwsName(String awsName) {
        for (AttributeDataType type : values()) {
            if (type.awsName.equals(awsName)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown attribute data type '" + awsName + "'");
    }
}
