// Every GraphQL resolver class must declare @UseGuards(...), so no operation is public by
// accident. Operations that work without a session say so with @AllowAnonymous() instead.
const decoratorName = (decorator) => {
  const expression = decorator.expression;
  if (expression.type === 'CallExpression') return expression.callee.name ?? expression.callee.property?.name;
  return expression.name;
};

export default {
  meta: {
    type: 'problem',
    docs: { description: 'require @UseGuards on every @Resolver class' },
    messages: { missing: 'Resolver "{{name}}" declares no @UseGuards(...): add SessionGuard so no operation is public by accident.' },
    schema: [],
  },
  create(context) {
    return {
      ClassDeclaration(node) {
        const decorators = (node.decorators ?? []).map(decoratorName);
        if (decorators.includes('Resolver') && !decorators.includes('UseGuards')) {
          context.report({ node: node.id ?? node, messageId: 'missing', data: { name: node.id?.name ?? 'anonymous' } });
        }
      },
    };
  },
};
