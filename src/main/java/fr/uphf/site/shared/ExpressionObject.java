package fr.uphf.site.shared;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * A bean that templates reach as an expression object, {@code ${#name.method(…)}}: unlike a bean reference
 * ({@code ${@bean…}}), Thymeleaf allows it where it forbids them, as in a link's address. The bean itself is the object.
 */
public abstract class ExpressionObject extends AbstractDialect implements IExpressionObjectDialect {

    private final String name;

    protected ExpressionObject(String name) {
        super(name);
        this.name = name;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(name);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return ExpressionObject.this;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
