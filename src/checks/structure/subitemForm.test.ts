import { ruleTester } from '../../../tests/support/ruleTester';
import { subitemFormRule } from './subitemForm';

ruleTester(subitemFormRule, {
  valid: [
    { lines: ['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О тесте', 'Статья 1. А', '1. Оператор обязан:', '1) вести учет;', '2) хранить сведения.', '2. Текст.'] },
    { name: 'kk', lines: ['ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ', 'Сынақ туралы', '1-бап. А', '1. Оператор:', '1) есеп жүргізеді;', '2) мәліметтерді сақтайды.'] },
    { name: 'an article opening a list of items', lines: ['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О тесте', 'Статья 1. Принципы', 'Деятельность основывается на принципах:', '1) законности;', '2) открытости.'] },
  ],
  invalid: [
    {
      name: 'ru: "1." and "2." inside an item’s list',
      lines: ['ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', 'О тесте', 'Статья 1. А', '1. Оператор обязан:', '1. вести учет;', '2. хранить сведения.', '2. Текст.'],
      errors: [
        { messageId: 'itemForm', quote: '1.', paragraph: 4, replacement: '1)' },
        { messageId: 'itemForm', quote: '2.', paragraph: 5, replacement: '2)' },
      ],
    },
    {
      name: 'kk',
      lines: ['ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ', 'Сынақ туралы', '1-бап. А', '1. Мәтін.', '2. Оператор:', '1. есеп жүргізеді;', '2. мәліметтерді сақтайды.'],
      errors: [
        { messageId: 'itemForm', quote: '1.', paragraph: 5, replacement: '1)' },
        { messageId: 'itemForm', quote: '2.', paragraph: 6, replacement: '2)' },
      ],
    },
  ],
});
