package dev.stepwise.processor.emission;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import com.sun.source.tree.AnnotatedTypeTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WildcardTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a type as the user wrote it into a JavaPoet {@link TypeName} that prints the same names.
 * Names are not resolved: the generated file repeats the user's imports and sits in the same
 * package, so a name means there what it means in the interface.
 */
public final class TypeNames {
  private TypeNames() {}

  /** The type written at {@code tree}; null when the tree is not a type this can express. */
  public static TypeName of(Tree tree) {
    switch (tree.getKind()) {
      case PRIMITIVE_TYPE:
        return primitive((PrimitiveTypeTree) tree);
      case ARRAY_TYPE: {
        TypeName component = of(((ArrayTypeTree) tree).getType());
        return component == null ? null : ArrayTypeName.of(component);
      }
      case IDENTIFIER:
        return ClassName.get("", ((IdentifierTree) tree).getName().toString());
      case MEMBER_SELECT: {
        List<String> names = new ArrayList<>();
        Tree t = tree;
        while (t instanceof MemberSelectTree) {
          names.add(0, ((MemberSelectTree) t).getIdentifier().toString());
          t = ((MemberSelectTree) t).getExpression();
        }
        if (!(t instanceof IdentifierTree)) {
          return null;
        }
        names.add(0, ((IdentifierTree) t).getName().toString());
        return ClassName.get("", names.get(0), names.subList(1, names.size()).toArray(new String[0]));
      }
      case PARAMETERIZED_TYPE: {
        ParameterizedTypeTree p = (ParameterizedTypeTree) tree;
        TypeName raw = of(p.getType());
        if (!(raw instanceof ClassName)) {
          return null;
        }
        if (p.getTypeArguments().isEmpty()) {
          return null; // diamond: no written type
        }
        List<TypeName> args = new ArrayList<>();
        for (Tree a : p.getTypeArguments()) {
          TypeName arg = of(a);
          if (arg == null) {
            return null;
          }
          args.add(arg);
        }
        return ParameterizedTypeName.get((ClassName) raw, args.toArray(new TypeName[0]));
      }
      case UNBOUNDED_WILDCARD:
        return WildcardTypeName.subtypeOf(Object.class);
      case EXTENDS_WILDCARD: {
        TypeName bound = of(((WildcardTree) tree).getBound());
        return bound == null ? null : WildcardTypeName.subtypeOf(bound);
      }
      case SUPER_WILDCARD: {
        TypeName bound = of(((WildcardTree) tree).getBound());
        return bound == null ? null : WildcardTypeName.supertypeOf(bound);
      }
      case ANNOTATED_TYPE:
        return of(((AnnotatedTypeTree) tree).getUnderlyingType());
      default:
        return null;
    }
  }

  private static TypeName primitive(PrimitiveTypeTree tree) {
    switch (tree.getPrimitiveTypeKind()) {
      case BOOLEAN:
        return TypeName.BOOLEAN;
      case BYTE:
        return TypeName.BYTE;
      case SHORT:
        return TypeName.SHORT;
      case INT:
        return TypeName.INT;
      case LONG:
        return TypeName.LONG;
      case CHAR:
        return TypeName.CHAR;
      case FLOAT:
        return TypeName.FLOAT;
      case DOUBLE:
        return TypeName.DOUBLE;
      default:
        return TypeName.VOID;
    }
  }
}
